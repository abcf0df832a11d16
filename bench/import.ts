/**
 * Importing a big file (issue 14, item 6): 100,000 annotations across 1,000 reports (~33 MB) through
 * the panel's 导入 JSON, in real Chromium with the built extension (PINGYUE_EXTENSION_DIR, default
 * .output/chrome-mv3). Measures the panel's long tasks (PerformanceObserver `longtask`: the reviewer's
 * clicks wait behind them) and the total time to 导入完成; then the same for refusing a 60 MB file
 * and a 49 MB file that fails validation. Prints one JSON object on the last line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchWithPanel } from './chromium';
import { openTransfer } from '../tests/shared/open-transfer';

const EXTENSION = path.resolve(process.env.PINGYUE_EXTENSION_DIR ?? '.output/chrome-mv3');
const REPORTS = 1_000;
const PER_REPORT = 100;
const TAGS = ['achievement', 'problem', 'measure'];

/** A valid export of `reports` × `perReport` annotations, ~350 bytes each (100,000 ≈ 35 MB; the file was 33 MB). */
function bigExport(reports: number, perReport: number): string {
  const now = Date.UTC(2025, 0, 6);
  const documents = Array.from({ length: reports }, (_, d) => ({
    id: `d${d}`, fingerprint: d.toString(16).padStart(64, '0'), sketch: [],
    textLength: 20_000, title: `第${d}号述职报告`, url: `https://oa.example.cn/view?id=${d}`, urls: [], createdAt: now, updatedAt: now,
  }));
  const annotations = documents.flatMap((doc, d) =>
    Array.from({ length: perReport }, (_, i) => {
      const exact = `第${d}号第${i}段召开党委会十二次`;
      return {
        id: `a${d}-${i}`, documentId: doc.id, tagId: TAGS[i % 3], comment: '',
        anchor: { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact, prefix: '上文', suffix: '下文' }, position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length } },
        anchorStatus: 'unknown', createdAt: now, updatedAt: now,
      };
    }),
  );
  return JSON.stringify({ format: 'pingyue/annotations', version: 1, exportedAt: new Date(now).toISOString(), generator: { name: 'pingyue', version: '0.1.0' }, documents, annotations, tagSets: [] });
}

/** Long tasks of the panel from now on, collected in the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

async function measure(page: Page, panelUrl: string, file: string, done: string): Promise<{ totalMs: number; longestTaskMs: number; longTasks: number; blockedMs: number }> {
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: '全部报告' }).waitFor();
  await page.waitForTimeout(2000); // the panel's own start-up is not the import's
  await watchLongTasks(page);
  const started = Date.now();
  await openTransfer(page);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('notice').filter({ hasText: done }).waitFor({ timeout: 600_000 });
  const totalMs = Date.now() - started;
  await page.waitForTimeout(500); // let the observer deliver the last entries
  const tasks = await longTasks(page);
  return { totalMs, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length, blockedMs: Math.round(tasks.reduce((a, b) => a + b, 0)) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-bench-import-'));
  const big = path.join(dir, 'big.pingyue.json');
  fs.writeFileSync(big, bigExport(REPORTS, PER_REPORT));
  const tooLarge = path.join(dir, 'too-large.pingyue.json');
  fs.writeFileSync(tooLarge, ' '.repeat(60 * 1024 * 1024));
  // Just under the limit and invalid at the very end: read, parsed and checked in full, then refused.
  const text = bigExport(1_300, PER_REPORT);
  const invalid = path.join(dir, 'invalid.pingyue.json');
  fs.writeFileSync(invalid, `${text.slice(0, -'"tagSets":[]}'.length)}"tagSets":42}`);

  const { context, panelUrl, close } = await launchWithPanel(EXTENSION);
  try {
    const page = await context.newPage();
    process.stderr.write('import bench: refusing 60 MB\n');
    const refuseTooLarge = await measure(page, panelUrl, tooLarge, '导入失败');
    process.stderr.write(`import bench: ${JSON.stringify(refuseTooLarge)}; refusing an invalid file\n`);
    const refuseInvalid = await measure(page, panelUrl, invalid, '导入失败');
    process.stderr.write(`import bench: ${JSON.stringify(refuseInvalid)}; importing 100,000 annotations\n`);
    const importBig = await measure(page, panelUrl, big, '导入完成');
    console.log(JSON.stringify({
      import: {
        extension: EXTENSION, annotations: REPORTS * PER_REPORT, fileMB: +(fs.statSync(big).size / 1024 / 1024).toFixed(1),
        importBig, refuseTooLarge: { fileMB: 60, ...refuseTooLarge }, refuseInvalid: { fileMB: +(fs.statSync(invalid).size / 1024 / 1024).toFixed(1), ...refuseInvalid },
        note: 'longest/blocked: the panel main thread\'s long tasks (>50 ms) from choosing the file to the notice',
      },
    }));
  } finally {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
