import AxeBuilder from '@axe-core/playwright';
import { openPanelTab } from '../fixtures';
import {
  cliFindings,
  expect,
  layerFinished,
  openInOa,
  pageOf,
  paintedIn,
  panelFindings,
  selectInPdfPage,
  sentenceOnPage,
  showPage,
  storedReports,
  tagLayer,
  test,
  textLayerDrawn,
  unmatchedFindings,
} from './viewer-kit';

// Slow viewers (seconds to draw, twice per test) on a shared 2-core machine under heavy load: room
// beyond the suite's 60 s (the pdf.js spec took 2.6 min at a load average of 30).
test.describe.configure({ timeout: 240_000 });

// 体检 in pdf.js viewers. What the checker must find is what the CLI finds on the report's text (the
// text the PDF was printed from, which is the PDF's text: see the first test).

test('the generated PDF holds the report text: 16 pages, its title in the metadata, footers on every page', async ({ reports }) => {
  const { pdfText, pdf } = reports;
  expect(pdfText.numPages).toBe(16);
  expect(pdfText.title).toBe(pdf.title);
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const withoutFooters = pdfText.pages.map((p, i) => {
    expect(p.trimEnd().endsWith(`— ${i + 1} —`), `page ${i + 1} ends with its footer`).toBe(true);
    return p.trimEnd().slice(0, -`— ${i + 1} —`.length);
  });
  expect(squeeze(withoutFooters.join(''))).toBe(squeeze(pdf.text));
  // The justified line pdf.js reads with a space between every Han character.
  expect(pdfText.pages.join('\n')).toMatch(/(?:[\u4e00-\u9fa5，、“”] ){8}/);
});

test("in the standard pdf.js viewer (PDFViewerApplication), 体检 checks the whole report from page 12 and finds what the CLI finds; a report first opened at page 12 is named by the PDF's title; flags sit on the right cards", async ({ context, server, reports, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  const viewer = await openInOa(page, server.origin, { api: true, page: 12 });
  await textLayerDrawn(viewer, 12);
  const passage = sentenceOnPage(reports.pdfText, 12);
  await viewer.locator('#toolbar').click();
  await selectInPdfPage(viewer, 12, passage);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: passage, page: 12 }]);

  // A vague problem further on, tagged 问题: its card carries the checker's 问题不实, nothing else.
  const vague = '本人在学习上存在以干代学的情况';
  const vaguePage = pageOf(reports.pdfText, vague);
  await showPage(viewer, vaguePage);
  await selectInPdfPage(viewer, vaguePage, vague);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: vague, page: vaguePage }]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(reports.pdf.title);
  expect(await storedReports(panel)).toEqual([expect.objectContaining({ title: reports.pdf.title })]);

  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('check-view')).toBeVisible({ timeout: 30_000 });
  const expected = cliFindings(reports.pdf.text);
  expect(expected.length, 'the report has findings in every part').toBeGreaterThanOrEqual(8);
  await expect.poll(async () => unmatchedFindings(expected, await panelFindings(panel)), { message: '体检 = CLI' }).toEqual({ missing: [], extra: [] });
  await expect(panel.getByTestId('check-view'), 'the whole report was read').not.toContainText(/已读取\s*(?:\d|1[0-5])\s*\/\s*16/);

  await panel.getByRole('tab', { name: /批注/ }).click();
  const card = panel.getByTestId('annotation').filter({ hasText: vague });
  await expect(card.getByTestId('flag')).toHaveText(['问题不实']);
  await expect(panel.getByTestId('annotation').filter({ hasText: passage }).getByTestId('flag')).toHaveCount(0);
});

test('in an embedded PDFViewer (no viewer API), 体检 says how much of the report it has read, lists no line fragments, and after paging through the report finds what the CLI finds', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  const viewer = await openInOa(page, server.origin);
  await textLayerDrawn(viewer, 1);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await panel.getByRole('tab', { name: /体检/ }).click();
  const view = panel.getByTestId('check-view');
  await expect(view).toContainText(/已读取\s*\d+\s*\/\s*16\s*页/, { timeout: 30_000 });
  // Whatever part was read, each finding is one the CLI makes on the whole text: a sentence, not a
  // visual line, and never a page footer.
  const expected = cliFindings(reports.pdf.text);
  expect(unmatchedFindings(expected, await panelFindings(panel)).extra, 'findings the CLI does not make (line fragments, footers)').toEqual([]);
  await expect(view).not.toContainText('— 1 —');

  // The reviewer pages through to the end quickly, moving on as soon as each page is drawn, then checks
  // again: the whole report is checked. pdf.js drops the layers of pages left behind long before
  // Pingyue's next look at the frame (it batches changes for up to a second); a page scrolled past
  // still counts as read, its text taken from the layer as pdf.js removes it.
  await page.bringToFront();
  for (let n = 2; n <= 16; n++) {
    await showPage(viewer, n);
    await layerFinished(viewer, n);
  }
  await panel.getByRole('button', { name: '重新检查' }).click();
  await expect(view, 'no longer a partial read').not.toContainText(/已读取\s*(?:\d|1[0-5])\s*\/\s*16/);
  await expect.poll(async () => unmatchedFindings(expected, await panelFindings(panel)), { message: '体检 = CLI' }).toEqual({ missing: [], extra: [] });
});

test('the panel with a PDF report open has no serious accessibility violations', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  const viewer = await openInOa(page, server.origin, { api: true });
  await textLayerDrawn(viewer, 1);
  await viewer.locator('#toolbar').click();
  await selectInPdfPage(viewer, 1, sentenceOnPage(reports.pdfText, 1));
  await page.keyboard.press('Alt+Shift+1');
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  for (const tab of [/批注/, /体检/]) {
    await panel.getByRole('tab', { name: tab }).click();
    const { violations } = await new AxeBuilder({ page: panel }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
