/**
 * The panel at scale (issue: 10,000 annotations across 500 reports): open the 全部报告 view, filter by
 * a word and by a tag, scroll the list, and export everything, in real Chromium with the built
 * extension (.output/chrome-mv3). The peer is the same 10,000 rows rendered as a plain, non-virtualised
 * DOM list in the same page. Prints one JSON object on the last line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { scheme1Identity, type Annotation, type DocumentRecord } from '@/lib/schema';
import { launchWithPanel } from './chromium';
import { openTransfer } from '../tests/shared/open-transfer';

const EXTENSION = path.resolve('.output/chrome-mv3');
const REPORTS = 500;
const PER_REPORT = 20;
const TAGS = ['achievement', 'problem', 'measure', 'cause', 'question'];
const PHRASES = ['部分党员参加组织生活不够经常', '进一步加强基层党组织建设', '完成七个社区党组织换届', '书记讲党课四次', '究其原因是学习不深入'];

function seed(): { documents: DocumentRecord[]; annotations: Annotation[] } {
  const documents: DocumentRecord[] = [];
  const annotations: Annotation[] = [];
  for (let d = 0; d < REPORTS; d++) {
    const id = `doc-${d}`;
    documents.push({ id, fingerprint: d.toString(16).padStart(64, '0'), sketch: [], textLength: 20_000, ...scheme1Identity(), title: `第${d + 1}号述职报告`, url: `https://oa.example.cn/report/${d}`, urls: [], createdAt: d, updatedAt: d });
    for (let a = 0; a < PER_REPORT; a++) {
      const exact = `${PHRASES[(d + a) % PHRASES.length]}（第${a + 1}处）`;
      const start = a * 500;
      annotations.push({
        id: `ann-${d}-${a}`, documentId: id, tagId: TAGS[a % TAGS.length]!, comment: a % 3 ? `评语${d}-${a}：没有具体数字` : '',
        anchor: { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact, prefix: '上文', suffix: '下文' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
        anchorStatus: a % 17 === 0 ? 'orphan' : a % 11 === 0 ? 'uncertain' : 'anchored', createdAt: d, updatedAt: d,
      });
    }
  }
  return { documents, annotations };
}

/** Writes the records straight into the panel's database (one IndexedDB transaction). */
function writeRecords(page: Page, data: ReturnType<typeof seed>): Promise<void> {
  return page.evaluate(
    ({ documents, annotations }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pingyue');
        open.onsuccess = () => {
          const tx = open.result.transaction(['documents', 'annotations'], 'readwrite');
          for (const d of documents) tx.objectStore('documents').put(d);
          for (const a of annotations) tx.objectStore('annotations').put(a);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    data,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const countText = (page: Page) => page.getByTestId('library-count').textContent();

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function renderPlainList(page: Page, rows: number): Promise<number> {
  return page.evaluate((n) => {
    const started = performance.now();
    const list = document.createElement('ol');
    for (let i = 0; i < n; i++) {
      const li = document.createElement('li');
      li.className = 'card';
      li.append(
        Object.assign(document.createElement('p'), { textContent: `第${i}号述职报告 部分党员参加组织生活不够经常` }),
        Object.assign(document.createElement('p'), { textContent: `评语${i}` }),
      );
      list.append(li);
    }
    document.body.append(list);
    void list.getBoundingClientRect().height;
    const ms = performance.now() - started;
    list.remove();
    return ms;
  }, rows);
}

async function main(): Promise<void> {
  const { context, panelUrl, close } = await launchWithPanel(EXTENSION, { acceptDownloads: true });
  try {
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    await panel.getByRole('tab', { name: '全部报告' }).waitFor();
    await writeRecords(panel, seed());
    const total = REPORTS * PER_REPORT;

    const open: number[] = [], filterWord: number[] = [], filterTag: number[] = [], scrollFrame: number[] = [], exportAll: number[] = [];
    let exportBytes = 0;
    for (let run = 0; run < 3; run++) {
      await panel.goto(panelUrl);
      await panel.getByRole('tab', { name: '全部报告' }).waitFor();
      open.push(await timed(async () => {
        await panel.getByRole('tab', { name: '全部报告' }).click();
        await panel.getByRole('button', { name: '按批注' }).click(); // 全部报告 opens on the report overview
        await panel.waitForFunction((n) => document.querySelector('[data-testid="library-count"]')?.textContent?.includes(`${n} / ${n}`), total);
        await panel.getByTestId('library-row').first().waitFor();
      }));
      const search = panel.getByRole('searchbox');
      filterWord.push(await timed(async () => {
        await search.fill('换届 评语1');
        await panel.waitForFunction((n) => !document.querySelector('[data-testid="library-count"]')?.textContent?.includes(`${n} / ${n}`), total);
      }));
      const afterWord = await countText(panel);
      await search.fill('');
      filterTag.push(await timed(async () => {
        await panel.getByRole('button', { name: '措施', exact: true }).click();
        await panel.waitForFunction((n) => !document.querySelector('[data-testid="library-count"]')?.textContent?.includes(`${n} / ${n}`), total);
      }));
      if (run === 0) process.stderr.write(`panel bench: word filter → ${afterWord}; tag filter → ${await countText(panel)}\n`);
      await panel.getByRole('button', { name: '措施', exact: true }).click();
      scrollFrame.push(await panel.evaluate(async () => {
        const scroller = document.querySelector('.library-scroll')!;
        const frames: number[] = [];
        let last = performance.now();
        for (let step = 0; step < 60; step++) {
          scroller.scrollTop += scroller.clientHeight;
          await new Promise((r) => requestAnimationFrame(r));
          const now = performance.now();
          frames.push(now - last);
          last = now;
        }
        return frames.sort((a, b) => a - b)[frames.length >> 1]!;
      }));
      await panel.getByRole('tab', { name: /批注/ }).click();
      exportAll.push(await timed(async () => {
        await openTransfer(panel);
        const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '备份全部批注' }).click()]);
        exportBytes = fs.statSync((await download.path())!).size;
      }));
    }

    // Peer: the same rows as a plain list, all in the DOM at once (what a non-virtualised panel does).
    const plainList: number[] = [];
    for (let run = 0; run < 3; run++) plainList.push(await renderPlainList(panel, total));
    const plainListMs = median(plainList);

    const openMs = median(open);
    console.log(JSON.stringify({
      panel: {
        annotations: total, reports: REPORTS,
        openLibraryMs: +openMs.toFixed(1), filterWordMs: +median(filterWord).toFixed(1), filterTagMs: +median(filterTag).toFixed(1),
        scrollMedianFrameMs: +median(scrollFrame).toFixed(1), exportAllMs: +median(exportAll).toFixed(1), exportBytes,
        peer: { name: 'plain DOM list of all rows', renderMs: +plainListMs.toFixed(1) },
        ratioPeerOverOpen: +(plainListMs / openMs).toFixed(2),
        note: 'open/filter/export times are wall-clock through Playwright (include its round trips)',
      },
    }));
  } finally {
    await close();
  }
}

await main();
