import fs from 'node:fs';
import { makeReportPdf, readPdfText } from './tests/e2e/viewers/report-files';
import { readingTextOfPages } from './lib/page/sources/page-text';
import { checkReport } from './lib/checker';

const cache = '/tmp/viewer-report.json';
let data: { pages: string[]; text: string };
if (fs.existsSync(cache)) data = JSON.parse(fs.readFileSync(cache, 'utf8'));
else {
  const pdf = await makeReportPdf();
  const t = await readPdfText(pdf.bytes);
  data = { pages: t.pages, text: pdf.text };
  fs.writeFileSync(cache, JSON.stringify(data));
}
const reading = readingTextOfPages(data.pages);
fs.writeFileSync('/tmp/viewer-reading.txt', reading);
fs.writeFileSync('/tmp/viewer-truth.txt', data.text);
const sq = (s: string) => s.replace(/\s+/g, '');
const a = checkReport(data.text).findings.map((f) => `${f.rule}:${sq(f.excerpt)}`);
const b = checkReport(reading).findings.map((f) => `${f.rule}:${sq(f.excerpt)}`);
console.log('truth', a.length, 'reading', b.length);
console.log('missing', a.filter((x) => !b.includes(x)));
console.log('extra', b.filter((x) => !a.includes(x)));
console.log('lines truth', data.text.split('\n').length, 'reading', reading.split('\n').length);
