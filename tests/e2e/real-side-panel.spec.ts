import { chromium } from '@playwright/test';
import { expect, highlightTexts, launchForRealPanel, selectText, openPanelOpener, tabIdOf, test } from './fixtures';

/**
 * The real Chrome side panel, opened the way the toolbar icon does it. `sidePanel.open()` needs a user
 * gesture; evaluate() on an extension page carries one. The panel is not one of the context's pages, so
 * a second DevTools client finds it. Also saves the README screenshot (page + panel side by side).
 */
test('the real side panel lists the annotations of the current tab', async ({ server }) => {
  const { context, devtoolsUrl, close } = await launchForRealPanel('panel');
  try {
    const { worker, opener } = await openPanelOpener(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}/report.html`);
    await selectText(page, '#p4', '个别党员参加组织生活不够经常');
    await page.keyboard.press('Alt+Shift+2');
    await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['个别党员参加组织生活不够经常']);

    const tabId = await tabIdOf(worker, page);
    await opener.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);

    const cdp = await chromium.connectOverCDP(devtoolsUrl);
    try {
      const findPanel = () => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html'));
      await expect.poll(() => Boolean(findPanel())).toBe(true);
      const panel = findPanel()!;
      await expect(panel.getByTestId('group-problem')).toContainText('个别党员参加组织生活不够经常');
      await expect(panel.getByRole('heading', { level: 1 })).toContainText('青禾街道党工委书记抓基层党建工作述职报告');
    } finally {
      await cdp.close();
    }
  } finally {
    await close();
  }
});
