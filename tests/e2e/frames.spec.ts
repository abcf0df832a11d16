import { expect, highlightTexts, selectText, tabIdOf, test } from './fixtures';
import { clickToolbarTag } from './toolbar';

test('tags inside a same-origin and a cross-origin iframe and paints them again after a reload', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/framed.html`);
  const same = page.frameLocator('#same');
  const cross = page.frameLocator('#cross');
  await expect(same.locator('#p2')).toBeVisible();
  await expect(cross.locator('#b2')).toBeVisible();
  const sameFrame = page.frames().find((f) => f.url().includes('/report.html'))!;
  const crossFrame = page.frames().find((f) => f.url().includes('/report-b.html'))!;
  expect(new URL(crossFrame.url()).origin).not.toBe(new URL(page.url()).origin);

  // Same-origin frame: the toolbar, clicked with the mouse.
  await selectText(sameFrame, '#p2', '新发展党员二十三名');
  await clickToolbarTag(page, 'achievement');
  await expect.poll(() => highlightTexts(sameFrame, 'achievement')).toEqual(['新发展党员二十三名']);

  // Cross-origin frame: the keyboard command, with focus in that frame.
  await crossFrame.locator('#b2').click();
  await selectText(crossFrame, '#b2', '党员联系群众有待加强');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(crossFrame, 'problem')).toEqual(['党员联系群众有待加强']);

  // Nothing is painted in the wrong document.
  expect(await highlightTexts(page.mainFrame(), 'achievement')).toEqual([]);
  expect(await highlightTexts(crossFrame, 'achievement')).toEqual([]);

  await page.reload();
  const again = (path: string) => page.frames().find((f) => f.url().includes(path))!;
  await expect.poll(() => highlightTexts(again('/report.html'), 'achievement')).toEqual(['新发展党员二十三名']);
  await expect.poll(() => highlightTexts(again('/report-b.html'), 'problem')).toEqual(['党员联系群众有待加强']);
});

test('following a link inside the report or a route change of the OA page keeps the report in the panel', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  const tabId = await tabIdOf(serviceWorker, page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${new URL(serviceWorker.url()).host}/sidepanel.html?tabId=${tabId}`);
  const title = '青禾街道党工委书记抓基层党建工作述职报告（测试页）';
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);

  // The browser reports both as the tab "loading" again, though the page and its text stay.
  await serviceWorker.evaluate((id) => {
    const seen = ((globalThis as { loads?: string[] }).loads = [] as string[]);
    chrome.tabs.onUpdated.addListener((tab, change) => void (tab === id && change.status && seen.push(change.status)));
  }, tabId);
  await page.evaluate(() => {
    location.hash = 'p3';
    history.pushState({}, '', '/report.html?view=review');
  });
  await expect.poll(() => serviceWorker.evaluate(() => (globalThis as { loads?: string[] }).loads!.filter((s) => s === 'complete').length)).toBe(2);
  await page.waitForTimeout(1000); // the background's answer to those loads, which used to forget the page
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(panel.getByText('此页面没有可批注的文字', { exact: false })).toBeHidden();
});
