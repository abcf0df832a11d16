/*
 * Report identity (issue 9, scheme 2): the cost of identifying a report's text and of finding the
 * stored report that contains a paged viewer's view among 500 stored reports. Node only.
 * Baselines in the same run: identification without the winnow (scheme 1: SHA-256 + MinHash), and
 * containment over every shingle (a Set of all 8-gram hashes per report) instead of winnowed ones.
 * Last stdout line is one JSON object. Run: npx tsx bench/identity.ts
 */
import 'fake-indexeddb/auto';
import { normalizeString } from '@/lib/anchoring/normalize';
import { identifyText } from '@/lib/documents/identify-text';
import { matchDocument } from '@/lib/documents/match-document';
import { pageIdentity } from '@/lib/documents/page-identity';
import { minHashSketch } from '@/lib/documents/sketch';
import { SHINGLE_LENGTH } from '@/lib/documents/winnow';
import { sha256Hex } from '@/lib/shared/sha256-hex';
import { findDocument } from '@/lib/db/documents';
import { openPingyueDB } from '@/lib/db/pingyue-db';
import type { DocumentRecord } from '@/lib/schema';
import { pagesOf, renderedPages, templateReport } from '../tests/fixtures/documents/paged-report';

const REPORTS = 500;
const REPORT_CHARS = 15_000;
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (x: number) => Math.round(x * 100) / 100;
async function time(fn: () => unknown, runs = RUNS): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return median(ms);
}

/** Every shingle hash of a text (what containment without winnowing would store). */
function allShingles(text: string): Set<number> {
  const normalized = normalizeString(text);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_LENGTH <= normalized.length; i++) {
    let h = 0;
    for (let j = 0; j < SHINGLE_LENGTH; j++) h = (Math.imul(h, 0x01000193) + normalized.charCodeAt(i + j)) | 0;
    hashes.add(h);
  }
  return hashes;
}

// 1. Identifying one report.
const report = templateReport(1, REPORT_CHARS);
const scheme2 = await time(() => identifyText(report));
const scheme1 = await time(async () => {
  const normalized = normalizeString(report);
  return [await sha256Hex(normalized), minHashSketch(normalized)];
});
const identify = { chars: report.length, ms: round(scheme2), withoutWinnowMs: round(scheme1), ratio: round(scheme2 / scheme1) };
console.log(`identify ${identify.chars} chars: ${identify.ms} ms vs ${identify.withoutWinnowMs} ms without the winnow (×${identify.ratio})`);

// 2. Matching a partial view (pages 8–9 of report 250) against 500 stored whole reports.
const texts = Array.from({ length: REPORTS }, (_, i) => templateReport(1000 + i, REPORT_CHARS));
const records: DocumentRecord[] = [];
for (const [i, text] of texts.entries()) {
  const page = pageIdentity(await identifyText(text), { url: `https://oa.example.cn/v?id=${i}`, title: `第${i}号`, complete: true });
  const { url, title, scheme, pages: _pages, ...identity } = page;
  records.push({ id: `doc-${i}`, ...identity, scheme, title, url, urls: [url], createdAt: i, updatedAt: i });
}
const pages = pagesOf(texts[250]!, 1000);
const viewText = renderedPages(pages, [8, 9]);
const view = pageIdentity(await identifyText(viewText), { url: 'file:///x.pdf', title: '文档预览', complete: false });
if (matchDocument(records, view)?.document.id !== 'doc-250') throw new Error('bench: the view did not find its report');
const matchMs = await time(() => matchDocument(records, view));
const shingleSets = texts.map(allShingles);
const viewShingles = allShingles(viewText);
const baselineMs = await time(() => {
  let best = -1;
  for (const [i, set] of shingleSets.entries()) {
    let shared = 0;
    for (const h of viewShingles) if (set.has(h)) shared++;
    if (shared / viewShingles.size >= 0.75) best = i;
  }
  return best;
});
const winnowInts = records.reduce((n, r) => n + r.winnow.length, 0) / REPORTS;
const shingleInts = shingleSets.reduce((n, s) => n + s.size, 0) / REPORTS;
const match = {
  reports: REPORTS,
  ms: round(matchMs),
  allShinglesMs: round(baselineMs),
  ratio: round(matchMs / baselineMs),
  storedIntsPerReport: Math.round(winnowInts),
  allShinglesIntsPerReport: Math.round(shingleInts),
};
console.log(`match a 2-page view among ${REPORTS} reports: ${match.ms} ms vs ${match.allShinglesMs} ms over all shingles (×${match.ratio}); ${match.storedIntsPerReport} vs ${match.allShinglesIntsPerReport} stored ints per report`);

// 3. The same through the database (fake-indexeddb in Node: an upper bound, not Chrome's IndexedDB).
const db = openPingyueDB(`bench-identity-${process.pid}`);
await db.documents.bulkAdd(records);
const dbMs = await time(() => findDocument(db, view), 5);
db.close();
console.log(`findDocument among ${REPORTS} stored reports (fake-indexeddb): ${round(dbMs)} ms`);

console.log(JSON.stringify({ identity: { identify, match, findDocumentFakeIndexedDbMs: round(dbMs) } }));
