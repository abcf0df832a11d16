import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, launchWithExtension, serviceWorkerOf, test, openTransfer } from './fixtures';

const DOCUMENTS = 100;
const PER_DOCUMENT = 50;

/** A valid `pingyue/annotations` file: 100 reports × 50 annotations, ids prefixed `crash-`. */
function largeExport(): string {
  const now = 1_736_000_000_000;
  const documents = Array.from({ length: DOCUMENTS }, (_, d) => ({
    id: `crash-doc-${d}`,
    fingerprint: d.toString(16).padStart(64, '0'),
    sketch: Array.from({ length: 64 }, (_, i) => i * 7 + d),
    textLength: 5000 + d,
    title: `第${d}号述职报告`,
    url: `https://oa.example.cn/view?id=${d}`,
    urls: [`https://oa.example.cn/view?id=${d}`],
    createdAt: now,
    updatedAt: now,
  }));
  const annotations = documents.flatMap((doc, d) =>
    Array.from({ length: PER_DOCUMENT }, (_, i) => {
      const exact = `第${d}号报告第${i}段：全年召开党委会十二次，研究党建议题三十项。`;
      return {
        id: `crash-${d}-${i}`,
        documentId: doc.id,
        tagId: ['achievement', 'problem', 'measure'][i % 3],
        comment: '需要核实的数据与事例。'.repeat(8),
        anchor: {
          strategy: 'pingyue-text/1',
          quote: { type: 'TextQuoteSelector', exact, prefix: '上文', suffix: '下文' },
          position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length },
        },
        anchorStatus: 'unknown',
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  const file = { format: 'pingyue/annotations', version: 1, exportedAt: new Date(now).toISOString(), generator: { name: 'pingyue', version: '0.1.0' }, documents, annotations, tagSets: [] };
  return JSON.stringify(file);
}

/**
 * The Chromium browser process of a persistent context. Playwright exposes no pid for persistent
 * contexts (`context.browser()` is null), so the main process is found by its `--user-data-dir`
 * among processes that are not renderers/utilities (`--type=`).
 */
function browserPid(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (!main) throw new Error('Chromium browser process not found');
  return Number(main.trim().split(/\s+/)[0]);
}

/** Counts in the extension's database, and annotations whose report is missing, read from an extension page. */
async function databaseState(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page.evaluate(
    () =>
      new Promise<{ imported: number; documents: number; dangling: number }>((resolve, reject) => {
        const open = indexedDB.open('pingyue');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['annotations', 'documents'], 'readonly');
          const annotations = tx.objectStore('annotations').getAll();
          const documents = tx.objectStore('documents').getAllKeys();
          tx.oncomplete = () => {
            const ids = new Set(documents.result as string[]);
            const rows = annotations.result as { id: string; documentId: string }[];
            resolve({
              imported: rows.filter((a) => a.id.startsWith('crash-')).length,
              documents: ids.size,
              dangling: rows.filter((a) => !ids.has(a.documentId)).length,
            });
          };
        };
      }),
  );
}

test('a browser killed mid-import leaves the database before or after, never in between', async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-crash-'));
  // Outside test-results/, which a concurrent Playwright run may wipe.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-crash-file-')), 'large.pingyue.json');
  fs.writeFileSync(file, largeExport());
  try {
    const first = await launchWithExtension(userDataDir);
    const extensionId = new URL((await serviceWorkerOf(first)).url()).host; 
    const panel = await first.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await openTransfer(panel);
    await panel.getByTestId('import-file').setInputFiles(file); 
    // The import has started (the button says 处理中…): kill the whole browser, no chance to clean up.
    await expect(panel.getByText('处理中…')).toBeVisible();
    process.kill(browserPid(userDataDir), 'SIGKILL');
    await first.close().catch(() => undefined);

    const second = await launchWithExtension(userDataDir); 
    try {
      const state = await databaseState(second, extensionId); 
      expect([0, DOCUMENTS * PER_DOCUMENT]).toContain(state.imported);
      expect(state.dangling).toBe(0);
      if (state.imported > 0) expect(state.documents).toBe(DOCUMENTS);
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
