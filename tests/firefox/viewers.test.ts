import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '../e2e/server';
import { cliFindings, flaggedCells, sentenceOnPage, unmatchedFindings, pageOf } from '../e2e/viewers/report-passages';
import { serveReports, twoCopies, type Reports } from '../e2e/viewers/report-service';
import { clickButton, highlightTexts, intranetOrigin, openExtensionPage, openPage, selectText, tabIdOf, textOf, waitFor, welcomePage, type Firefox } from './firefox';
import { firefoxSuite } from './suite';
import { clickToolbarTag, selectForToolbar, skipToolbarComment } from './toolbar';
import {
  cardTexts,
  clickCardQuote,
  FLASH_LAYER,
  openInOa,
  openPanelWindow,
  paintedIn,
  panelFindings,
  pressTagKey,
  renderedPages,
  scrollToText,
  selectInPdfPage,
  showPage,
  storedReports,
  tagLayer,
  textLayerDrawn,
} from './viewer-kit';

/**
 * The viewers reviewers really use, in Firefox: the standard pdf.js viewer in an OA page's cross-origin
 * frame (virtualised pages, text seconds after load), a docx-preview frame that renders late, a page whose
 * text arrives 2 s after load. The same test pages and generated reports as the Chromium suite
 * (tests/e2e/viewers); one Firefox for all, each step building on the one before.
 */

const suite = firefoxSuite();
let server: TestServer;
let firefox: Firefox;
let reports: Reports;
let welcome: Page;
/** The tab the reports are opened in. */
let tab: Page;

const closeWindowOf = (panel: Page) => panel.evaluate(async () => browser.windows.remove((await browser.windows.getCurrent()).id!));

beforeAll(async () => {
  ({ server, firefox } = suite);
  const grantAllSites = async () => {
    welcome = await welcomePage(firefox);
    await welcome.bringToFront();
    await clickButton(welcome, '所有网站');
    await waitFor(() => welcome.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length), (n) => n === 1, 'the content script registered');
  };
  // The reports are printed (headless Chromium) while Firefox is set up.
  [reports] = await Promise.all([serveReports(server), grantAllSites()]);
  tab = await firefox.browser.newPage();
}, 120_000);

describe('Firefox, report viewers', () => {
  const vague = '本人在学习上存在以干代学的情况';

  test('pdf.js viewer (PDFViewerApplication): tags on page 1 and page 10 are one report; reopened at page 8, both are listed, painted when their page renders, and click-to-scroll reaches page 1', async () => {
    const onPage1 = sentenceOnPage(reports.pdfText, 1);
    const onPage10 = sentenceOnPage(reports.pdfText, 10);
    await tab.bringToFront();
    let viewer = await openInOa(tab, server.origin, { api: true });
    await textLayerDrawn(viewer, 1);
    await viewer.click('#toolbar'); // the focus in the viewer frame, as a reviewer's click gives it
    await selectInPdfPage(viewer, 1, onPage1);
    await clickToolbarTag(firefox.browser, viewer, 'achievement');
    await skipToolbarComment(firefox.browser, tab, viewer);
    // The focus back in the viewer, so the page key below reaches it (Firefox gave it to the OA page).
    expect(await viewer.evaluate(() => document.hasFocus()), 'Esc leaves the focus in the viewer').toBe(true);
    expect(await waitFor(() => paintedIn(viewer, tagLayer('achievement')), (p) => p.length > 0, 'the page-1 tag painted')).toEqual([{ text: onPage1, page: 1 }]);

    for (let n = 2; n <= 10; n++) await showPage(viewer, n);
    await selectInPdfPage(viewer, 10, onPage10);
    await pressTagKey(tab, 2);
    expect(await waitFor(() => paintedIn(viewer, tagLayer('problem')), (p) => p.length > 0, 'the page-10 tag painted')).toEqual([{ text: onPage10, page: 10 }]);

    // Reopened the next day: a new session token, the viewer back at page 8, pages 1 and 10 not drawn.
    viewer = await openInOa(tab, server.origin, { api: true, page: 8 });
    await textLayerDrawn(viewer, 8);
    const drawn = await renderedPages(viewer);
    expect(drawn, 'the viewer opens in the middle of the report').not.toContain(1);
    expect(drawn).not.toContain(10);

    const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, tab));
    const cards = await waitFor(() => cardTexts(panel), (c) => c.length === 2, 'both tags listed');
    expect(cards.filter((c) => c.includes(onPage1.slice(0, 12)))).toHaveLength(1);
    expect(cards.filter((c) => c.includes(onPage10.slice(0, 12)))).toHaveLength(1);
    expect(cards.join('\n')).not.toContain('未能定位');
    expect(await textOf(panel, 'h1'), "named by the PDF's title, not the viewer's 文档预览").toBe(reports.pdf.title);
    expect(await storedReports(panel), 'a single stored report').toEqual([expect.objectContaining({ title: reports.pdf.title })]);

    // Reading on to page 10 paints its tag there.
    await showPage(viewer, 10);
    expect(await waitFor(() => paintedIn(viewer, tagLayer('problem')), (p) => p.length > 0, 'the page-10 tag painted after reopening')).toEqual([
      { text: onPage10, page: 10 },
    ]);

    // Click-to-scroll to the tag on page 1, which has no text layer: the viewer goes there and flashes it.
    await showPage(viewer, 8);
    await waitFor(() => renderedPages(viewer), (pages) => !pages.includes(1), 'page 1 without its text layer');
    await panel.bringToFront();
    await clickCardQuote(panel, onPage1.slice(0, 12));
    expect(await waitFor(() => paintedIn(viewer, FLASH_LAYER), (p) => p.length > 0, 'the passage on page 1 flashing')).toEqual([{ text: onPage1, page: 1 }]);
    expect(await waitFor(() => paintedIn(viewer, tagLayer('achievement')), (p) => p.length > 0, 'the page-1 tag painted')).toEqual([{ text: onPage1, page: 1 }]);
    expect(await textOf(panel, 'main')).not.toContain('未能在页面上找到这段文字');

    // A vague problem further on, tagged 问题 for 体检's next step.
    const vaguePage = pageOf(reports.pdfText, vague);
    await tab.bringToFront();
    await showPage(viewer, vaguePage);
    await viewer.click('#toolbar');
    await selectInPdfPage(viewer, vaguePage, vague);
    await pressTagKey(tab, 2);
    await waitFor(() => paintedIn(viewer, tagLayer('problem')), (p) => p.some((r) => r.text === vague), 'the vague problem painted');
    await closeWindowOf(panel);
  });

  test('体检 in the pdf.js viewer checks the whole report and finds what the CLI finds; flags sit on the right cards', async () => {
    const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, tab));
    await clickButton(panel, '体检');
    await panel.waitForSelector('[data-testid="check-view"]', { timeout: 30_000 });
    const expected = cliFindings(reports.pdf.text);
    expect(expected.length, 'the report has findings in every part').toBeGreaterThanOrEqual(8);
    const seen = await waitFor(async () => unmatchedFindings(expected, await panelFindings(panel)), (u) => u.missing.length + u.extra.length === 0, '体检 = CLI', 30_000);
    expect(seen).toEqual({ missing: [], extra: [] });
    expect(await textOf(panel, '[data-testid="check-view"]'), 'the whole report was read').not.toMatch(/已读取\s*(?:\d|1[0-5])\s*\/\s*16/);

    await clickButton(panel, '批注');
    const flagsOf = (quote: string) =>
      panel.evaluate(
        (quote) =>
          [...document.querySelectorAll('[data-testid="annotation"]')]
            .filter((card) => card.textContent?.includes(quote))
            .map((card) => [...card.querySelectorAll('[data-testid="flag"]')].map((f) => f.textContent)),
        quote,
      );
    expect(await waitFor(() => flagsOf(vague), (f) => f.length === 1 && f[0]!.length > 0, 'the vague card flagged')).toEqual([['问题不实']]);
    expect(await flagsOf(sentenceOnPage(reports.pdfText, 1).slice(0, 12))).toEqual([[]]);
    await closeWindowOf(panel);
  });

  test('a docx-preview frame that renders late, in an OA page served over plain http (no secure context), is tagged and comes back painted when the report is reopened', async () => {
    const passage = '为5个没有固定场所的小区党支部落实活动阵地';
    const oa = intranetOrigin(server.origin);
    await tab.bringToFront();
    let frame = await openInOa(tab, oa, { viewer: 'docx-viewer.html' });
    expect(await frame.evaluate(() => isSecureContext), 'the viewer frame, in an insecure page, is not a secure context').toBe(false);
    await frame.waitForFunction((passage) => document.querySelector('.docx-wrapper')?.textContent?.includes(passage), { timeout: 30_000 }, passage);
    await scrollToText(frame, '.docx-wrapper', passage);
    await selectForToolbar(firefox.browser, frame, '.docx-wrapper', passage);
    await clickToolbarTag(firefox.browser, frame, 'measure');
    expect(await waitFor(() => highlightTexts(frame, 'measure'), (t) => t.length > 0, 'the docx highlight')).toEqual([passage]);

    // Reopened: a new session token, the preview drawn late again.
    frame = await openInOa(tab, oa, { viewer: 'docx-viewer.html' });
    expect(await waitFor(() => highlightTexts(frame, 'measure'), (t) => t.length > 0, 'the docx highlight after reopening', 30_000)).toEqual([passage]);

    const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, tab));
    expect(await waitFor(() => textOf(panel, 'h1'), (t) => t === reports.docx.model.title, "named by the report's title line, not 文档预览")).toBe(reports.docx.model.title);
    const cards = await waitFor(() => cardTexts(panel), (c) => c.length === 1, 'the one tag listed');
    expect(cards[0]).toContain(passage);
    expect((await storedReports(panel)).filter((r) => r.title === reports.docx.model.title), 'one stored record of the .docx report').toHaveLength(1);
    await closeWindowOf(panel);
  });

  test('体检 reads a 问题清单 table in a docx preview by its columns, as in Chromium: the vague problem cells and the measure nobody owns, nothing else', async () => {
    const { ledger } = reports;
    await tab.bringToFront();
    const frame = await openInOa(tab, server.origin, { viewer: 'docx-viewer.html', file: '/files/ledger.docx' });
    await frame.waitForFunction((cell) => document.querySelector('.docx-wrapper table')?.textContent?.includes(cell), { timeout: 30_000 }, ledger.rows[0][1]);
    const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, tab));
    await clickButton(panel, '体检');
    const findings = await waitFor(() => panelFindings(panel), (f) => f.length > 0, 'the 体检 findings');
    expect(flaggedCells(findings, 'vague-problem', ledger.vagueProblems)).toEqual([...ledger.vagueProblems]);
    expect(flaggedCells(findings, 'vague-measure', ledger.vagueMeasures)).toEqual([...ledger.vagueMeasures]);
    expect(findings).toHaveLength(ledger.vagueProblems.length + ledger.vagueMeasures.length);
    await closeWindowOf(panel);
  });

  test('a plain report page whose text arrives 2 s after load: the open panel picks it up, the toolbar and Alt+Shift+2 tag it, 体检 checks it', async () => {
    await tab.bringToFront();
    const page = await openPage(firefox, `${server.origin}/viewers/late-report.html`);
    // The reviewer opens the panel while the page is still loading its report.
    const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, page));
    await page.waitForSelector('#a1', { timeout: 10_000 });
    await waitFor(() => textOf(panel, 'main'), (t) => t.includes('本报告尚无批注'), 'the panel seeing the report once its text arrives');
    expect(await textOf(panel, 'main')).not.toContain('此页面没有可批注的文字');

    await page.bringToFront();
    await selectForToolbar(firefox.browser, page, '#a1', '新发展党员十一名');
    await clickToolbarTag(firefox.browser, page, 'achievement');
    expect(await waitFor(() => highlightTexts(page, 'achievement'), (t) => t.length > 0, 'the 成绩 highlight')).toEqual(['新发展党员十一名']);
    await selectText(page, '#b1', '一些村党组织书记带头致富能力不强');
    await pressTagKey(page, 2);
    expect(await waitFor(() => highlightTexts(page, 'problem'), (t) => t.length > 0, 'the 问题 highlight')).toEqual(['一些村党组织书记带头致富能力不强']);
    await waitFor(() => cardTexts(panel), (c) => c.length === 2, 'both tags listed');

    await panel.bringToFront();
    await clickButton(panel, '体检');
    await waitFor(() => textOf(panel, '[data-testid="rule-vague-problem"]'), (t) => t.includes('一些村党组织书记带头致富能力不强'), 'the 问题不实 finding');
    expect(await textOf(panel, '[data-testid="rule-vague-measure"]')).toContain('进一步加强村级组织建设');
    expect(await textOf(panel, '[data-testid="check-view"]')).not.toContain('2027年4月底前由乡组织委员牵头');
    await closeWindowOf(panel);
    await page.close();
  });
});

/** The text of the reader's own UI (header, errors), in its open shadow root. */
const readerUiText = (reader: Page, selector: string) =>
  reader.evaluate((selector) => document.getElementById('reader-ui')?.shadowRoot?.querySelector(selector)?.textContent ?? '', selector);

/** Opens the reader (reader.html) in a new tab and gives its file input `file`, as the file picker does. */
async function openInReader(file: string): Promise<Page> {
  const reader = await openExtensionPage(firefox, welcome, '/reader.html');
  // Asked again and again, not with waitForSelector: BiDi does not report the tab's navigation to a
  // moz-extension:// page, so a wait begun in the tab's first document may never see the reader's.
  const findInput = () =>
    reader.evaluateHandle(() => document.getElementById('reader-ui')?.shadowRoot?.querySelector('input[data-testid="reader-file-input"]') ?? null);
  const input = await waitFor(findInput, (handle) => handle.asElement() !== null, 'the reader’s file input');
  await (input.asElement() as ElementHandle<HTMLInputElement>).uploadFile(file);
  return reader;
}

describe('Firefox, the reader with a local file', () => {
  test('a local PDF: tagged in the reader, listed in the panel, painted again when reopened from another folder', async () => {
    const files = twoCopies('张三2026年述职报告.pdf', reports.pdf.bytes);
    try {
      // Page 2, 措施: page 1's 成绩 from the pdf.js viewer above is the same report's, and comes back here too.
      const passage = sentenceOnPage(reports.pdfText, 2);
      let reader = await openInReader(files.first);
      await waitFor(() => readerUiText(reader, '[data-testid="reader-details"]'), (t) => t.includes(`共 ${reports.pdfText.numPages} 页`), 'the header counting the pages', 60_000);
      expect(await readerUiText(reader, 'h1'), "the PDF's own title names the report").toBe(reports.pdf.title);
      await showPage(reader.mainFrame(), 2);
      await selectInPdfPage(reader, 2, passage);
      await pressTagKey(reader, 3);
      expect(await waitFor(() => paintedIn(reader, tagLayer('measure')), (p) => p.length > 0, 'the tag painted')).toEqual([{ text: passage, page: 2 }]);

      const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, reader));
      expect(await waitFor(() => textOf(panel, 'h1'), (t) => t === reports.pdf.title, 'the panel naming the report')).toBe(reports.pdf.title);
      const cards = await waitFor(() => cardTexts(panel), (c) => c.some((t) => t.includes(passage.slice(0, 12))), 'the tag listed');
      expect(cards, 'with the tags made in the pdf.js viewer: one report').toHaveLength(4);
      await closeWindowOf(panel);
      await reader.close();

      // Another day: the same file, from the archive folder, in a new tab.
      reader = await openInReader(files.second);
      await waitFor(() => readerUiText(reader, '[data-testid="reader-details"]'), (t) => t.includes('张三2026年述职报告.pdf'), 'the header naming the file', 60_000);
      await showPage(reader.mainFrame(), 2);
      expect(await waitFor(() => paintedIn(reader, tagLayer('measure')), (p) => p.length > 0, 'the tag back, painted')).toEqual([{ text: passage, page: 2 }]);
      const again = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, reader));
      await waitFor(() => cardTexts(again), (c) => c.length === 4, 'the tags listed again');
      expect((await storedReports(again)).filter((r) => r.title === reports.pdf.title), 'one stored record of the PDF report (the pdf.js viewer’s and the file’s are one)').toHaveLength(1);
      await closeWindowOf(again);
      await reader.close();
    } finally {
      files.cleanup();
    }
  });

  test('a local .docx: tagged in the reader, listed in the panel, painted again when reopened from another folder', async () => {
    const files = twoCopies('李四述职报告.docx', reports.docx.bytes);
    try {
      const paragraph = reports.docx.model.parts[1]!.blocks[0]!.paragraphs[0]!;
      const passage = paragraph.split('，').slice(1, 3).join('，');
      let reader = await openInReader(files.first);
      await waitFor(() => readerUiText(reader, '[data-testid="reader-details"]'), (t) => t.includes('Word 文档'), 'the header naming a Word file', 30_000);
      await waitFor(() => textOf(reader, '#document section.docx'), (t) => t.includes(reports.docx.model.title), 'the document shown');
      await selectText(reader, '#document', passage);
      await pressTagKey(reader, 2);
      expect(await waitFor(() => paintedIn(reader, tagLayer('problem')), (p) => p.length > 0, 'the tag painted')).toEqual([{ text: passage, page: null }]);

      const panel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, reader));
      expect(await waitFor(() => textOf(panel, 'h1'), (t) => t === '李四述职报告', 'the panel naming the report by its file')).toBe('李四述职报告');
      const cards = await waitFor(() => cardTexts(panel), (c) => c.some((t) => t.includes(passage.slice(0, 12))), 'the tag listed');
      expect(cards, 'with the tag made in the docx preview above: one report').toHaveLength(2);
      await closeWindowOf(panel);
      await reader.close();

      reader = await openInReader(files.second);
      expect(await waitFor(() => paintedIn(reader, tagLayer('problem')), (p) => p.length > 0, 'the tag back, painted', 30_000)).toEqual([{ text: passage, page: null }]);
      const again = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, reader));
      await waitFor(() => cardTexts(again), (c) => c.length === 2, 'the tags listed again');
      await closeWindowOf(again);
      await reader.close();
    } finally {
      files.cleanup();
    }
  });
});
