/**
 * The document service of the viewer tests, in either browser: the generated report files, served from
 * the test server slowly (as document services are), and the address of the OA shell that embeds a
 * viewer of them. Plain Node (no test runner's imports), so the Chromium and the Firefox suites share it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestServer } from '../server';
import { makeLedgerDocx, makeReportDocx, makeReportPdf, readPdfText, type PdfText, type ReportPdf } from './report-files';
import { docxReportModel, LEDGER, type ReportModel } from './report-text';

/** The document service answers this late (plus the viewer's own parse and render): 3–5 s in all. */
export const PDF_DELAY_MS = 3000;
export const DOCX_DELAY_MS = 1500;

export interface Reports {
  pdf: ReportPdf;
  /** What pdf.js reads from the PDF: 16 pages, line ends as `\n`, footers included. */
  pdfText: PdfText;
  docx: { bytes: Buffer; model: ReportModel };
  /** The 问题清单 report, a Word table, at /files/ledger.docx. */
  ledger: typeof LEDGER;
}

/** Makes the PDF and .docx reports and serves them at /files/report.pdf, /files/report.docx and /files/ledger.docx (a 问题清单 table). */
export async function serveReports(server: TestServer): Promise<Reports> {
  const [pdf, docxBytes, ledgerBytes] = await Promise.all([makeReportPdf(), makeReportDocx(), makeLedgerDocx()]);
  const pdfText = await readPdfText(pdf.bytes);
  server.serveFile('/files/report.pdf', pdf.bytes);
  server.delay('/files/report.pdf', PDF_DELAY_MS);
  server.serveFile('/files/report.docx', docxBytes);
  server.delay('/files/report.docx', DOCX_DELAY_MS);
  server.serveFile('/files/ledger.docx', ledgerBytes);
  server.delay('/files/ledger.docx', DOCX_DELAY_MS);
  return { pdf, pdfText, docx: { bytes: docxBytes, model: docxReportModel() }, ledger: LEDGER };
}

export type ViewerPage = 'pdf-viewer.html' | 'pdf-paged.html' | 'docx-viewer.html';

export interface OpenOptions {
  viewer?: ViewerPage;
  file?: string;
  /** Open at this page (`#page=N`), as a viewer that remembers the reading position does. */
  page?: number;
  /** Expose the standard full viewer's `PDFViewerApplication` global. */
  api?: boolean;
}

/** The OA shell showing a report in `viewer` (a cross-origin frame it inserts late, with a fresh session token). */
export function oaShellUrl(origin: string, { viewer = 'pdf-viewer.html', file, page, api }: OpenOptions = {}): string {
  const url = new URL(`${origin}/viewers/oa-shell.html`);
  url.searchParams.set('viewer', viewer);
  url.searchParams.set('file', file ?? (viewer === 'docx-viewer.html' ? '/files/report.docx' : '/files/report.pdf'));
  if (page) url.searchParams.set('page', String(page));
  if (api) url.searchParams.set('api', 'full');
  return url.href;
}

/** The file saved in two folders: as received by mail, and copied into the archive later. */
export function twoCopies(name: string, bytes: Buffer): { first: string; second: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-reader-'));
  const [first, second] = ['下载', '归档/2026'].map((folder) => {
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    const file = path.join(root, folder, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
  return { first: first!, second: second!, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
