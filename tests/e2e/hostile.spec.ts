import { expect, highlightCount, openPanelTab, test } from './fixtures';
import { tagWithToolbar } from './toolbar';

const INJECTED = '<img src=x onerror="window.__pwned=1">';

/**
 * A page that imitates Pingyue's messages, breaks the DOM APIs and injects markup-looking text. Content
 * scripts run in an isolated world, so the page's overrides never reach them; what is asserted is the
 * behaviour: tagging still works, nothing the page forged is stored, nothing executes, and the page
 * cannot see Pingyue's toolbar.
 */
test('a hostile page cannot forge, break or read Pingyue, and its markup never executes', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/hostile.html`);

  // The page's forgeries: postMessage, custom events, synthetic Alt+Shift+1 and mouseup on a selection.
  await page.evaluate((id) => (window as unknown as { __forge(extensionId: string): void }).__forge(id), extensionId);

  // The reviewer tags with the keyboard (a real key press) …
  await page.click('#p1', { clickCount: 3 });
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightCount(page, 'problem')).toBe(1);
  // … and with the toolbar, with a comment that looks like markup.
  await page.click('#p3', { clickCount: 3 });
  await tagWithToolbar(page, 'measure', `意见${INJECTED}`);
  await expect.poll(() => highlightCount(page, 'measure')).toBe(1);

  // Only the reviewer's two annotations exist: nothing the page forged was stored.
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await expect(panel.getByTestId('group-problem')).toContainText(INJECTED);
  await expect(panel.getByTestId('group-measure')).toContainText(`意见${INJECTED}`);
  await expect(panel.getByTestId('group-achievement')).toHaveCount(0);
  // Markup-looking quotes, comments and the title are text in the panel: no element was created.
  await expect(panel.locator('img, svg[onload], script:not([src])')).toHaveCount(0);
  await expect(panel.locator('body')).toContainText('恶意页面述职报告');

  // Nothing executed, and the toolbar's closed shadow root stays out of the page's reach.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelector('pingyue-ui')?.shadowRoot)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __stolenRoots: unknown[] }).__stolenRoots.length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __forgeries: number }).__forgeries)).toBe(3);
});
