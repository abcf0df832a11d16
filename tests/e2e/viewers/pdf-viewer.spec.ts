import { openPanelTab } from '../fixtures';
import {
  expect,
  FLASH_LAYER,
  layerFinished,
  openInOa,
  paintedIn,
  renderedPages,
  selectInPdfPage,
  sentenceOnPage,
  showPage,
  storedReports,
  tagLayer,
  test,
  textLayerDrawn,
} from './viewer-kit';

// Slow viewers (seconds to draw, twice per test) on a shared 2-core machine under heavy load: room
// beyond the suite's 60 s (the pdf.js spec took 2.6 min at a load average of 30).
test.describe.configure({ timeout: 240_000 });

// pdfjs-dist's PDFViewer in a cross-origin frame of an OA page, with a session token in its URL: the
// PDF arrives seconds after load, and only pages near the viewport have a text layer.

test('tags on page 1 and page 10 of a pdf.js viewer are one report; reopened at page 8, both are listed, painted when their page renders, and reached by click-to-scroll', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const { title } = reports.pdf;
  const onPage1 = sentenceOnPage(reports.pdfText, 1);
  const onPage10 = sentenceOnPage(reports.pdfText, 10);
  const page = await context.newPage();

  let viewer = await openInOa(page, server.origin);
  await textLayerDrawn(viewer, 1);
  await viewer.locator('#toolbar').click(); // focus in the viewer frame, as a reviewer's click gives it
  await selectInPdfPage(viewer, 1, onPage1);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement')), { message: 'the page-1 tag is painted on page 1' }).toEqual([{ text: onPage1, page: 1 }]);

  // Reading on, page by page, to page 10.
  for (let n = 2; n <= 10; n++) await showPage(viewer, n);
  await selectInPdfPage(viewer, 10, onPage10);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem')), { message: 'the page-10 tag is painted on page 10' }).toEqual([{ text: onPage10, page: 10 }]);

  // Reopened the next day: a new session token, the viewer back at page 8, pages 1 and 10 not drawn.
  viewer = await openInOa(page, server.origin, { page: 8 });
  await textLayerDrawn(viewer, 8);
  const drawn = await renderedPages(viewer);
  expect(drawn, 'the viewer opens in the middle of the report').not.toContain(1);
  expect(drawn).not.toContain(10);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation'), 'one report: both tags listed').toHaveCount(2);
  await expect.soft(panel.getByRole('heading', { level: 1 }), "the report is named by the PDF's title, not the viewer's 文档预览").toHaveText(title);
  await expect(panel.getByTestId('annotation').filter({ hasText: onPage1.slice(0, 12) })).toHaveCount(1);
  await expect(panel.getByTestId('annotation').filter({ hasText: onPage10.slice(0, 12) })).toHaveCount(1);
  await expect(panel.getByText('未能定位')).toHaveCount(0);
  expect(await storedReports(panel), 'a single stored report').toHaveLength(1);
  expect.soft(await storedReports(panel), 'stored under its title').toEqual([expect.objectContaining({ title })]);

  // Reading on to page 10 paints its tag there.
  await page.bringToFront();
  await showPage(viewer, 10);
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: onPage10, page: 10 }]);

  // Click-to-scroll to the tag on page 1, which has no text layer: the viewer goes there and flashes it.
  await showPage(viewer, 8);
  await expect.poll(() => renderedPages(viewer)).not.toContain(1);
  await panel.getByTestId('annotation').filter({ hasText: onPage1.slice(0, 12) }).locator('button.quote').click();
  await expect
    .poll(() => paintedIn(viewer, FLASH_LAYER), { message: 'the passage on page 1 flashes', intervals: [100] })
    .toEqual([{ text: onPage1, page: 1 }]);
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: onPage1, page: 1 }]);
  await expect(panel.getByText('未能在页面上找到这段文字')).toHaveCount(0);
  expect(await storedReports(panel)).toHaveLength(1);
});

test('a report tagged at page 3 on one visit and at page 10 on another is stored twice, and becomes one report once the reviewer pages through it', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const onPage3 = sentenceOnPage(reports.pdfText, 3);
  const onPage10 = sentenceOnPage(reports.pdfText, 10);
  const page = await context.newPage();

  let viewer = await openInOa(page, server.origin, { page: 3 });
  await textLayerDrawn(viewer, 3);
  await viewer.locator('#toolbar').click();
  await selectInPdfPage(viewer, 3, onPage3);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: onPage3, page: 3 }]);

  // Another day the viewer opens at page 10: nothing on screen ties it to the pages seen before.
  viewer = await openInOa(page, server.origin, { page: 10 });
  await textLayerDrawn(viewer, 10);
  expect(await renderedPages(viewer)).not.toContain(3);
  await viewer.locator('#toolbar').click();
  await selectInPdfPage(viewer, 10, onPage10);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: onPage10, page: 10 }]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  expect(await storedReports(panel), 'two records of one report').toHaveLength(2);

  // The reviewer pages through the report (quickly): the frame now shows both records' pages, and the
  // two become one, the older one, with both annotations.
  await page.bringToFront();
  for (let n = 1; n <= 16; n++) {
    await showPage(viewer, n);
    await layerFinished(viewer, n);
  }
  await expect.poll(async () => (await storedReports(panel)).length, { message: 'one stored report', timeout: 30_000 }).toBe(1);
  await panel.reload();
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await expect(panel.getByTestId('annotation').filter({ hasText: onPage3.slice(0, 12) })).toHaveCount(1);
  await expect(panel.getByTestId('annotation').filter({ hasText: onPage10.slice(0, 12) })).toHaveCount(1);
  await page.bringToFront();
  await showPage(viewer, 3);
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: onPage3, page: 3 }]);
});
