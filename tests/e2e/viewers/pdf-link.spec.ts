import type { Frame, Page } from '@playwright/test';
import { openPanelTab } from '../fixtures';
import { uiText } from '../toolbar';
import { expect, openInOa, paintedIn, selectInPdfPage, sentenceOnPage, tagLayer, test, textLayerDrawn } from './viewer-kit';

test.describe.configure({ timeout: 240_000 });

/** Where on the page (main viewport px) the middle of the first line of a highlight in `viewer` is. */
async function highlightPoint(page: Page, viewer: Frame, name: string): Promise<{ x: number; y: number }> {
  const inFrame = await viewer.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])][0] as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  }, name);
  const frameBox = (await (await viewer.frameElement()).boundingBox())!;
  const border = await viewer.frameElement().then((e) => e.evaluate((f) => ({ x: (f as Element).clientLeft, y: (f as Element).clientTop })));
  return { x: frameBox.x + border.x + inFrame.x, y: frameBox.y + border.y + inFrame.y };
}

// pdf.js in a cross-origin frame of an OA page: its text layer is hit-tested like any page's text.
test('in a pdf.js viewer, a click on a highlight selects its card in the panel; hovering shows the note', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const onPage1 = sentenceOnPage(reports.pdfText, 1);
  const page = await context.newPage();
  const viewer = await openInOa(page, server.origin);
  await textLayerDrawn(viewer, 1);
  await viewer.locator('#toolbar').click();
  await selectInPdfPage(viewer, 1, onPage1);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: onPage1, page: 1 }]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const card = panel.getByTestId('annotation').filter({ hasText: onPage1.slice(0, 12) });
  await expect(card).toHaveCount(1);
  await expect(card).not.toHaveAttribute('aria-current', 'true');

  await page.bringToFront();
  await viewer.evaluate(() => getSelection()?.removeAllRanges());
  const point = await highlightPoint(page, viewer, tagLayer('problem'));
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => uiText(viewer, 'hover-card')).toContain('问题');
  await page.mouse.click(point.x, point.y);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeFocused();
});
