import { highlightTexts, openPanelTab } from '../fixtures';
import { expect, test } from './viewer-kit';

// A limit, documented in docs/browsers.md: a viewer that draws the report inside a shadow root (a web
// component) is not read. This pins down what the reviewer then meets: an honest "no text" in the panel,
// and no toolbar that would tag the wrong text.

test('a report drawn inside a web component\'s shadow root: the panel says the page has no text to annotate, and a selection there offers no tagging', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/viewers/shadow-viewer.html`);
  await expect(page.locator('report-viewer').locator('#p1')).toBeVisible();
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByText('此页面没有可批注的文字', { exact: false })).toBeVisible();

  await page.bringToFront();
  await page.locator('report-viewer').locator('#p1').selectText();
  await page.mouse.up();
  await page.keyboard.press('Alt+Shift+1');
  await page.waitForTimeout(1500); // nothing should happen; give a stray tag time to appear
  expect(await highlightTexts(page, 'achievement')).toEqual([]);
  await panel.reload();
  await expect(panel.getByTestId('annotation')).toHaveCount(0);
  await expect(panel.getByText('此页面没有可批注的文字', { exact: false })).toBeVisible();
});
