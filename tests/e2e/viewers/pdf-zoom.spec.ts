import { openPanelTab } from '../fixtures';
import { expect, layerFinished, openInOa, paintedIn, selectInPdfPage, sentenceOnPage, showPage, tagLayer, test } from './viewer-kit';
import type { Frame } from '@playwright/test';

// Slow viewers (seconds to draw) on a shared 2-core machine: room beyond the suite's 60 s.
test.describe.configure({ timeout: 240_000 });

/** Whether every range of a highlight lies in text still in the document (not in a replaced layer). */
const allConnected = (viewer: Frame, name: string) =>
  viewer.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].every((r) => (r as Range).startContainer.isConnected && (r as Range).endContainer.isConnected), name);

/** Zooms with the viewer's own button and waits until page 1 is drawn again at the new scale. */
async function zoom(viewer: Frame, button: '放大' | '缩小'): Promise<void> {
  const before = await viewer.locator('#scale').textContent();
  await viewer.getByRole('button', { name: button }).click();
  await expect(viewer.locator('#scale')).not.toHaveText(before!);
  await layerFinished(viewer, 1);
}

test('pdf.js zoom and 查找 redraw the text layer: highlights follow the text, without duplicates or loss, and new tags land right', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const onPage1 = sentenceOnPage(reports.pdfText, 1);
  const onPage2 = sentenceOnPage(reports.pdfText, 2);
  const page = await context.newPage();
  const viewer = await openInOa(page, server.origin);
  await layerFinished(viewer, 1);
  await viewer.locator('#page-info').click(); // focus in the viewer frame
  await selectInPdfPage(viewer, 1, onPage1);
  await page.keyboard.press('Alt+Shift+1');
  const achievement = tagLayer('achievement');
  await expect.poll(() => paintedIn(viewer, achievement)).toEqual([{ text: onPage1, page: 1 }]);

  await zoom(viewer, '放大');
  await expect.poll(() => paintedIn(viewer, achievement), { message: 'after zooming in' }).toEqual([{ text: onPage1, page: 1 }]);
  await expect.poll(() => allConnected(viewer, achievement)).toBe(true);

  // 查找 wraps every match in the text layer in its own span, splitting the text nodes under the highlight.
  await viewer.getByRole('searchbox', { name: '在文档中查找' }).fill(onPage1.slice(3, 7));
  await viewer.getByRole('searchbox', { name: '在文档中查找' }).press('Enter');
  await viewer.locator('.page[data-page-number="1"] .textLayer .highlight').first().waitFor({ state: 'attached' });
  await expect.poll(() => paintedIn(viewer, achievement), { message: 'with the find highlights in the layer' }).toEqual([{ text: onPage1, page: 1 }]);
  await expect.poll(() => allConnected(viewer, achievement)).toBe(true);

  await zoom(viewer, '缩小');
  await zoom(viewer, '缩小');
  await expect.poll(() => paintedIn(viewer, achievement), { message: 'after zooming out twice' }).toEqual([{ text: onPage1, page: 1 }]);
  await expect.poll(() => allConnected(viewer, achievement)).toBe(true);

  // A tag made at the new scale, with find highlights on the page, lands on the passage selected.
  await showPage(viewer, 2);
  await layerFinished(viewer, 2);
  await selectInPdfPage(viewer, 2, onPage2);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => paintedIn(viewer, tagLayer('problem'))).toEqual([{ text: onPage2, page: 2 }]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await expect(panel.getByText('未能定位')).toHaveCount(0);
  await expect(panel.getByText('待确认')).toHaveCount(0);
});
