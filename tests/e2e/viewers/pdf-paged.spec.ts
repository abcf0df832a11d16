import { openPanelTab } from '../fixtures';
import { expect, FLASH_LAYER, layerFinished, openInOa, paintedIn, renderedPages, selectInPdfPage, sentenceOnPage, storedReports, tagLayer, test } from './viewer-kit';
import type { Frame } from '@playwright/test';

// Slow viewers (seconds to draw, twice per test) on a shared 2-core machine: room beyond the suite's 60 s.
test.describe.configure({ timeout: 240_000 });

// An OA viewer that shows one page at a time (pdfjs-dist's PDFViewer in page scroll mode, in a
// cross-origin frame): 上一页 / 下一页 replace the page element, so the DOM never holds more than the
// page on screen, and nothing in it says how many pages the report has but the toolbar.

/** Turns to page `n` with the viewer's own 上一页 / 下一页 buttons, and waits for its text layer. */
async function turnTo(viewer: Frame, n: number): Promise<void> {
  for (;;) {
    const at = Number(await viewer.locator('.pdfViewer .page[data-page-number]').first().getAttribute('data-page-number'));
    if (at === n) break;
    await viewer.getByRole('button', { name: at < n ? '下一页' : '上一页' }).click();
    await expect(viewer.locator('.pdfViewer .page[data-page-number]').first()).not.toHaveAttribute('data-page-number', String(at));
  }
  await layerFinished(viewer, n);
}

test('a one-page-at-a-time viewer: tags on pages 2 and 4 are one report; reopened at page 1, both are listed with their page, painted when their page is shown, and click-to-scroll names the page', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const onPage2 = sentenceOnPage(reports.pdfText, 2);
  const onPage4 = sentenceOnPage(reports.pdfText, 4);
  const page = await context.newPage();

  let viewer = await openInOa(page, server.origin, { viewer: 'pdf-paged.html' });
  await layerFinished(viewer, 1);
  await turnTo(viewer, 2);
  expect(await renderedPages(viewer), 'one page in the DOM at a time').toEqual([2]);
  await selectInPdfPage(viewer, 2, onPage2);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement')), { message: 'the page-2 tag is painted on page 2' }).toEqual([{ text: onPage2, page: 2 }]);

  await turnTo(viewer, 4);
  await selectInPdfPage(viewer, 4, onPage4);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem')), { message: 'the page-4 tag is painted on page 4' }).toEqual([{ text: onPage4, page: 4 }]);
  // Back on page 2 (its element put back in the DOM), its tag is painted again.
  await turnTo(viewer, 2);
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: onPage2, page: 2 }]);

  // Reopened: a new session token, the viewer at page 1.
  viewer = await openInOa(page, server.origin, { viewer: 'pdf-paged.html' });
  await layerFinished(viewer, 1);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation'), 'one report: both tags listed').toHaveCount(2);
  const card2 = panel.getByTestId('annotation').filter({ hasText: onPage2.slice(-14) });
  const card4 = panel.getByTestId('annotation').filter({ hasText: onPage4.slice(-14) });
  await expect(card2).toContainText('在第 2 页');
  await expect(card4).toContainText('在第 4 页');
  await expect(panel.getByText('未能定位')).toHaveCount(0);
  expect(await storedReports(panel), 'a single stored report').toHaveLength(1);

  // Click-to-scroll to page 2's tag while page 1 is shown: the viewer cannot be scrolled there, so the
  // panel names the page to turn to (not 未能在页面上找到这段文字).
  await card2.locator('button.quote').click();
  await expect(panel.getByText('未能在页面上找到这段文字')).toHaveCount(0);
  await expect(panel.getByTestId('notice')).toContainText('第 2 页');

  // Another day the viewer opens where the reviewer stopped, at page 3: the report is still found
  // (the last visit, which saw page 1 alone, did not make the stored report "page 1 only").
  viewer = await openInOa(page, server.origin, { viewer: 'pdf-paged.html', page: 3 });
  await layerFinished(viewer, 3);
  await panel.reload();
  await expect(panel.getByTestId('annotation'), 'both tags listed at page 3').toHaveCount(2);
  await expect(card2).toContainText('在第 2 页');
  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('pages-read'), "the page count from the viewer's controls").toContainText(`/${reports.pdfText.numPages} 页`);
  await panel.getByRole('tab', { name: /批注/ }).click();

  // Turning the pages paints each tag when its page is shown, and clicking it then flashes it.
  await page.bringToFront();
  await turnTo(viewer, 2);
  await expect.poll(() => paintedIn(viewer, tagLayer('achievement'))).toEqual([{ text: onPage2, page: 2 }]);
  await turnTo(viewer, 4);
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: onPage4, page: 4 }]);
  expect(await paintedIn(viewer, tagLayer('achievement')), 'page 2 is not on screen').toEqual([]);
  await card4.locator('button.quote').click();
  await expect.poll(() => paintedIn(viewer, FLASH_LAYER), { intervals: [100] }).toEqual([{ text: onPage4, page: 4 }]);

  await expect(panel.getByText('未能定位')).toHaveCount(0);
  expect(await storedReports(panel), 'still a single stored report').toHaveLength(1);
});
