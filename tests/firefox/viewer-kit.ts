import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import {
  paintedInPage,
  panelFindingsInPage,
  pdfPageSelector,
  renderedPagesInPage,
  selectInPdfPageInPage,
  storedReportsInPage,
  type Painted,
} from '../shared/pdf-viewer-page';
import type { FindingSeen } from '../e2e/viewers/report-passages';
import { oaShellUrl, type OpenOptions } from '../e2e/viewers/report-service';
import { EXTENSION_ORIGIN, findPage, waitFor, type Firefox } from './firefox';

/**
 * The viewer tests' helpers in Firefox (Puppeteer over BiDi): the same OA shell, viewers and in-page
 * readers as the Chromium suite's tests/e2e/viewers/viewer-kit, driven through Puppeteer's API.
 */

/** Slow viewers: pdf.js parses a 16-page PDF the service sends 3 s late, on a busy two-core machine. */
const VIEWER_TIMEOUT = 60_000;

/** Opens a report in the OA shell and resolves with the viewer's cross-origin frame, once it exists. */
export async function openInOa(page: Page, origin: string, options: OpenOptions = {}): Promise<Frame> {
  const viewer = `/viewers/${options.viewer ?? 'pdf-viewer.html'}`;
  await page.goto(oaShellUrl(origin, options), { waitUntil: 'load' });
  const frame = () => page.frames().find((f) => f.url().includes(viewer));
  await waitFor(async () => frame(), (f) => f !== undefined, 'the OA page inserting the viewer');
  return frame()!;
}

/** Waits until pdf.js has drawn page `n`'s text layer. */
export async function textLayerDrawn(frame: Frame, n: number): Promise<void> {
  await frame.waitForSelector(`${pdfPageSelector(n)} .textLayer span`, { timeout: VIEWER_TIMEOUT });
}

/** Waits until pdf.js has finished page `n`'s text layer (it closes a finished layer with `.endOfContent`). */
export async function layerFinished(frame: Frame, n: number): Promise<void> {
  await frame.waitForSelector(`${pdfPageSelector(n)} .textLayer .endOfContent`, { timeout: VIEWER_TIMEOUT });
}

/** Scrolls the viewer to page `n` as a reader would, and waits for its text layer. */
export async function showPage(frame: Frame, n: number): Promise<void> {
  await frame.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), pdfPageSelector(n));
  await textLayerDrawn(frame, n);
}

export const renderedPages = (frame: Frame | Page): Promise<number[]> => frame.evaluate(renderedPagesInPage);

export async function selectInPdfPage(frame: Frame | Page, n: number, passage: string): Promise<void> {
  await frame.evaluate(selectInPdfPageInPage, { sel: pdfPageSelector(n), passage });
}

/** The ranges of a highlight (`pingyue-tag-<tagId>`, or a full name), with the pdf.js page each lies in. */
export const paintedIn = (frame: Frame | Page, name: string): Promise<Painted[]> => frame.evaluate(paintedInPage, name);
export const tagLayer = (tagId: string) => `pingyue-tag-${tagId}`;
export const FLASH_LAYER = 'pingyue-flash';

export const panelFindings = (panel: Page): Promise<FindingSeen[]> => panel.evaluate(panelFindingsInPage);
export const storedReports = (extensionPage: Page) => extensionPage.evaluate(storedReportsInPage);

/** Presses the page key Alt+Shift+`slot` (the tag in that shortcut slot) where the focus is. */
export async function pressTagKey(page: Page, slot: number): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(`Digit${slot}` as 'Digit1');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/**
 * The panel page pinned to tab `tabId`, in a window of its own: the report's tab stays the shown tab of
 * its window, as it does beside the real sidebar, and goes on rendering while the panel is clicked (the
 * flash of click-to-scroll is watched in the viewer then).
 */
export async function openPanelWindow(firefox: Firefox, from: Page, tabId: number): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/sidepanel.html?tabId=${tabId}`;
  await from.evaluate((url) => browser.windows.create({ url }).then(() => undefined), url);
  return findPage(firefox.browser, (href) => href === url, url);
}

/** Clicks, with the real mouse, the quote of the panel's card whose text contains `text` (click-to-scroll). */
export async function clickCardQuote(panel: Page, text: string): Promise<void> {
  const handle = await panel.waitForFunction(
    (text) => [...document.querySelectorAll('[data-testid="annotation"]')].find((card) => card.textContent?.includes(text))?.querySelector('button.quote'),
    {},
    text,
  );
  await (handle.asElement() as ElementHandle<Element>).click();
}

/** The text of each of the panel's annotation cards. */
export const cardTexts = (panel: Page): Promise<string[]> =>
  panel.evaluate(() => [...document.querySelectorAll('[data-testid="annotation"]')].map((card) => card.textContent ?? ''));

/** Scrolls the element under `selector` that holds `text` into the middle of the view, as a reader does before selecting it. */
export async function scrollToText(target: Frame | Page, selector: string, text: string): Promise<void> {
  await target.evaluate(
    ({ selector, text }) => {
      const holders = [...document.querySelectorAll(`${selector} *`)].filter((e) => e.textContent?.includes(text));
      holders.at(-1)!.scrollIntoView({ block: 'center' });
    },
    { selector, text },
  );
}
