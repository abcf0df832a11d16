/**
 * Fixtures and helpers for the viewer specs: the generated report files (made once per worker and
 * served by the test server from its other origin, slowly, as document services are), opening them
 * in the OA shell, and reading what a reviewer sees in a pdf.js viewer (pages, text layers, paint).
 * What does not depend on Playwright lives in report-service, report-passages and
 * tests/shared/pdf-viewer-page, which the Firefox suite shares.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures';
import {
  paintedInPage,
  panelFindingsInPage,
  pdfPageSelector,
  renderedPagesInPage,
  selectInPdfPageInPage,
  storedReportsInPage,
  type Painted,
} from '../../shared/pdf-viewer-page';
import type { FindingSeen } from './report-passages';
import { oaShellUrl, serveReports, type OpenOptions, type Reports } from './report-service';

export { cliFindings, flaggedCells, pageOf, sentenceOnPage, squeeze, unmatchedFindings, type FindingSeen } from './report-passages';
export { DOCX_DELAY_MS, PDF_DELAY_MS, type OpenOptions, type Reports } from './report-service';
export type { Painted };

export const test = base.extend<object, { reports: Reports }>({
  reports: [async ({ server }, use) => use(await serveReports(server)), { scope: 'worker', timeout: 90_000 }],
});
export { expect };

/** Opens a report in the OA shell and resolves with the viewer's cross-origin frame, once it exists. */
export async function openInOa(page: Page, origin: string, options: OpenOptions = {}): Promise<Frame> {
  const viewer = options.viewer ?? 'pdf-viewer.html';
  await page.goto(oaShellUrl(origin, options));
  await expect.poll(() => page.frames().some((f) => f.url().includes(`/viewers/${viewer}`)), { message: 'the OA page inserts the viewer' }).toBe(true);
  return page.frames().find((f) => f.url().includes(`/viewers/${viewer}`))!;
}

/** Waits until pdf.js has drawn page `n`'s text layer. */
export async function textLayerDrawn(frame: Frame, n: number): Promise<void> {
  await frame.locator(`${pdfPageSelector(n)} .textLayer span`).first().waitFor({ state: 'attached', timeout: 60_000 });
}

/** Waits until pdf.js has finished page `n`'s text layer (it closes a finished layer with `.endOfContent`). */
export async function layerFinished(frame: Frame, n: number): Promise<void> {
  await frame.locator(`${pdfPageSelector(n)} .textLayer .endOfContent`).waitFor({ state: 'attached', timeout: 60_000 });
}

/** Pages that have a text layer with text now (pdf.js keeps only those near the viewport). */
export function renderedPages(frame: Frame): Promise<number[]> {
  return frame.evaluate(renderedPagesInPage);
}

/** Scrolls the viewer to page `n` as a reader would, and waits for its text layer. */
export async function showPage(frame: Frame, n: number): Promise<void> {
  await frame.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), pdfPageSelector(n));
  await textLayerDrawn(frame, n);
}

/** Selects `passage` in page `n`'s text layer, across the line spans it covers, as a mouse drag does. */
export async function selectInPdfPage(frame: Frame, n: number, passage: string): Promise<void> {
  await frame.evaluate(selectInPdfPageInPage, { sel: pdfPageSelector(n), passage });
}

/** The ranges of a highlight (`pingyue-tag-<tagId>`, or a full name), with the page each lies in. */
export function paintedIn(frame: Frame, name: string): Promise<Painted[]> {
  return frame.evaluate(paintedInPage, name);
}
export const tagLayer = (tagId: string) => `pingyue-tag-${tagId}`;
export const FLASH_LAYER = 'pingyue-flash';

/** The 体检 view's findings, read from the panel as a reviewer sees them. */
export function panelFindings(panel: Page): Promise<FindingSeen[]> {
  return panel.evaluate(panelFindingsInPage);
}

/** The stored reports (Dexie `documents`), read from an extension page: title and URL of each. */
export function storedReports(extensionPage: Page): Promise<{ title: string; url: string }[]> {
  return extensionPage.evaluate(storedReportsInPage);
}
