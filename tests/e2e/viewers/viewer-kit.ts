/**
 * Fixtures and helpers for the viewer specs: the generated report files (made once per worker and
 * served by the test server from its other origin, slowly, as document services are), opening them
 * in the OA shell, and reading what a reviewer sees in a pdf.js viewer (pages, text layers, paint).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures';
import { makeReportDocx, makeReportPdf, readPdfText, type PdfText, type ReportPdf } from './report-files';
import { docxReportModel, type ReportModel } from './report-text';

/** The document service answers this late (plus the viewer's own parse and render): 3–5 s in all. */
export const PDF_DELAY_MS = 3000;
export const DOCX_DELAY_MS = 1500;

export interface Reports {
  pdf: ReportPdf;
  /** What pdf.js reads from the PDF: 16 pages, line ends as `\n`, footers included. */
  pdfText: PdfText;
  docx: { bytes: Buffer; model: ReportModel };
}

export const test = base.extend<object, { reports: Reports }>({
  reports: [
    async ({ server }, use) => {
      const [pdf, docxBytes] = await Promise.all([makeReportPdf(), makeReportDocx()]);
      const pdfText = await readPdfText(pdf.bytes);
      server.serveFile('/files/report.pdf', pdf.bytes);
      server.delay('/files/report.pdf', PDF_DELAY_MS);
      server.serveFile('/files/report.docx', docxBytes);
      server.delay('/files/report.docx', DOCX_DELAY_MS);
      await use({ pdf, pdfText, docx: { bytes: docxBytes, model: docxReportModel() } });
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});
export { expect };

export interface OpenOptions {
  viewer?: 'pdf-viewer.html' | 'pdf-paged.html' | 'docx-viewer.html';
  file?: string;
  /** Open at this page (`#page=N`), as a viewer that remembers the reading position does. */
  page?: number;
  /** Expose the standard full viewer's `PDFViewerApplication` global. */
  api?: boolean;
}

/** Opens a report in the OA shell and resolves with the viewer's cross-origin frame, once it exists. */
export async function openInOa(page: Page, origin: string, { viewer = 'pdf-viewer.html', file, page: at, api }: OpenOptions = {}): Promise<Frame> {
  const url = new URL(`${origin}/viewers/oa-shell.html`);
  url.searchParams.set('viewer', viewer);
  url.searchParams.set('file', file ?? (viewer === 'docx-viewer.html' ? '/files/report.docx' : '/files/report.pdf'));
  if (at) url.searchParams.set('page', String(at));
  if (api) url.searchParams.set('api', 'full');
  await page.goto(url.href);
  await expect.poll(() => page.frames().some((f) => f.url().includes(`/viewers/${viewer}`)), { message: 'the OA page inserts the viewer' }).toBe(true);
  return page.frames().find((f) => f.url().includes(`/viewers/${viewer}`))!;
}

const pageSelector = (n: number) => `.pdfViewer .page[data-page-number="${n}"]`;

/** Waits until pdf.js has drawn page `n`'s text layer. */
export async function textLayerDrawn(frame: Frame, n: number): Promise<void> {
  await frame.locator(`${pageSelector(n)} .textLayer span`).first().waitFor({ state: 'attached', timeout: 60_000 });
}

/** Waits until pdf.js has finished page `n`'s text layer (it closes a finished layer with `.endOfContent`). */
export async function layerFinished(frame: Frame, n: number): Promise<void> {
  await frame.locator(`${pageSelector(n)} .textLayer .endOfContent`).waitFor({ state: 'attached', timeout: 60_000 });
}

/** Pages that have a text layer with text now (pdf.js keeps only those near the viewport). */
export function renderedPages(frame: Frame): Promise<number[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pdfViewer .page')]
      .filter((p) => (p.querySelector('.textLayer')?.textContent ?? '').trim().length > 0)
      .map((p) => Number(p.dataset.pageNumber)),
  );
}

/** Scrolls the viewer to page `n` as a reader would, and waits for its text layer. */
export async function showPage(frame: Frame, n: number): Promise<void> {
  await frame.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), pageSelector(n));
  await textLayerDrawn(frame, n);
}

/**
 * Selects `passage` in page `n`'s text layer, across as many line spans as it covers, and ends the
 * selection the way a mouse drag does. pdf.js draws one span per visual line, so a sentence rarely
 * sits in one text node.
 */
export async function selectInPdfPage(frame: Frame, n: number, passage: string): Promise<void> {
  await frame.evaluate(
    ({ sel, passage }) => {
      const layer = document.querySelector(`${sel} .textLayer`)!;
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let text = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push({ node, at: text.length });
        text += node.data;
      }
      const start = text.indexOf(passage);
      if (start < 0) throw new Error(`not on this page's text layer: ${passage}`);
      const end = start + passage.length;
      const point = (offset: number, isEnd: boolean) => {
        const hit = nodes.findLast(({ node, at }) => (isEnd ? at < offset : at <= offset) && offset <= at + node.data.length)!;
        return [hit.node, offset - hit.at] as const;
      };
      const range = document.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(end, true));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
    },
    { sel: pageSelector(n), passage },
  );
}

export interface Painted {
  text: string;
  /** The pdf.js page the range lies in (null: outside any page). */
  page: number | null;
}

/** The ranges of a highlight (`pingyue-tag-<tagId>`, or a full name), with the page each lies in. */
export function paintedIn(frame: Frame, name: string): Promise<Painted[]> {
  return frame.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
    return ranges.map((r) => {
      const at = r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
      const page = at?.closest<HTMLElement>('.page[data-page-number]')?.dataset.pageNumber;
      return { text: r.toString(), page: page ? Number(page) : null };
    });
  }, name);
}
export const tagLayer = (tagId: string) => `pingyue-tag-${tagId}`;
export const FLASH_LAYER = 'pingyue-flash';

/** A text without any whitespace: how text from a PDF compares (pdf.js adds spaces and line ends). */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * A passage on page `n` that a reviewer would tag: two inner clauses of a sentence that lies whole on that
 * page, wrapping over a visual line (so it spans several text-layer spans), free of spaces pdf.js may
 * insert, and found once in the report. Chosen from pdf.js's own text, so it stays right however the
 * PDF is laid out.
 */
export function sentenceOnPage(pdfText: PdfText, n: number): string {
  const whole = squeeze(pdfText.pages.join(''));
  const sentences = pdfText.pages[n - 1]!.split(/(?<=[。；])/).slice(1, -1);
  for (const sentence of sentences) {
    const clauses = sentence.replace(/^\n+/, '').split(/(?<=，)/);
    for (let i = 1; i + 1 < clauses.length; i++) {
      const passage = (clauses[i]! + clauses[i + 1]!).replace(/[，。；]$/, '');
      const squeezed = squeeze(passage);
      if (passage.includes('\n') && !passage.includes(' ') && squeezed.length >= 12 && squeezed.length <= 60 && whole.split(squeezed).length === 2) return squeezed;
    }
  }
  throw new Error(`no taggable passage on page ${n}`);
}

/** The page of the PDF that holds `passage` (compared without whitespace). */
export function pageOf(pdfText: PdfText, passage: string): number {
  const at = pdfText.pages.findIndex((p) => squeeze(p).includes(squeeze(passage)));
  if (at < 0) throw new Error(`not in the PDF: ${passage}`);
  return at + 1;
}

export interface FindingSeen {
  rule: string;
  excerpt: string;
}

/** The CLI (`npm run pingyue -- check FILE --format json`) on `text`. */
export function cliFindings(text: string): FindingSeen[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-cli-'));
  try {
    const file = path.join(dir, 'report.txt');
    fs.writeFileSync(file, text);
    const out = execFileSync('npx', ['tsx', 'cli/pingyue.ts', 'check', file, '--format', 'json'], { encoding: 'utf8' });
    return (JSON.parse(out) as { findings: FindingSeen[] }).findings.map(({ rule, excerpt }) => ({ rule, excerpt }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The 体检 view's findings, read from the panel as a reviewer sees them. */
export async function panelFindings(panel: Page): Promise<FindingSeen[]> {
  const out: FindingSeen[] = [];
  for (const group of await panel.locator('[data-testid^="rule-"]').all()) {
    const rule = (await group.getAttribute('data-testid'))!.slice('rule-'.length);
    for (const excerpt of await group.getByTestId('finding').locator('button.quote').allTextContents()) out.push({ rule, excerpt });
  }
  return out;
}

/**
 * Pairs findings of two runs of the checker and lists the ones without a partner, as `rule:excerpt`.
 * Excerpts compare without whitespace; one may reach a character further into the context than the
 * other (a placeholder's excerpt is a window around it), so the core of one must lie in the other.
 */
export function unmatchedFindings(expected: readonly FindingSeen[], actual: readonly FindingSeen[]): { missing: string[]; extra: string[] } {
  const core = (s: string) => squeeze(s).replace(/^[\p{P}…]+|[\p{P}…]+$/gu, '');
  const same = (a: FindingSeen, b: FindingSeen) => {
    if (a.rule !== b.rule) return false;
    const [x, y] = [core(a.excerpt), core(b.excerpt)].sort((p, q) => p.length - q.length) as [string, string];
    return y.includes(x.length > 8 ? x.slice(2, -2) : x);
  };
  const left = [...actual];
  const missing: string[] = [];
  for (const e of expected) {
    const at = left.findIndex((a) => same(e, a));
    if (at < 0) missing.push(`${e.rule}:${e.excerpt}`);
    else left.splice(at, 1);
  }
  return { missing, extra: left.map((a) => `${a.rule}:${a.excerpt}`) };
}

/** The stored reports (Dexie `documents`), read from an extension page: title and URL of each. */
export function storedReports(extensionPage: Page): Promise<{ title: string; url: string }[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<{ title: string; url: string }[]>((resolve, reject) => {
        const open = indexedDB.open('pingyue');
        open.onsuccess = () => {
          const request = open.result.transaction('documents').objectStore('documents').getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result.map((d: { title: string; url: string }) => ({ title: d.title, url: d.url }))));
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
