import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, highlightTexts, launchWithExtension, selectText, serviceWorkerOf, tabIdOf, test } from './fixtures';
import { clickToolbarTag } from './toolbar';

const registeredMatches = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));

async function panelFor(context: BrowserContext, worker: Worker, page: Page): Promise<Page> {
  const tabId = await tabIdOf(worker, page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

test('仅我启用的网站: Pingyue reads only the enabled sites, and removing one keeps its notes', async ({ userDataDir, server }) => {
  const context = await launchWithExtension(userDataDir, { hostAccess: ['http://127.0.0.1/*'] });
  try {
    const worker = await serviceWorkerOf(context);
    const report = await context.newPage();
    await report.goto(`${server.origin}/report.html`);
    await selectText(report, '#p2', '新发展党员二十三名');
    await clickToolbarTag(report, 'achievement');
    await expect.poll(() => highlightTexts(report, 'achievement')).toEqual(['新发展党员二十三名']);

    // The same report under a site that is not enabled: nothing runs there, and the panel says why.
    const elsewhere = await context.newPage();
    await elsewhere.goto(`${server.otherOrigin}/report.html`);
    const elsewherePanel = await panelFor(context, worker, elsewhere);
    await expect(elsewherePanel.getByTestId('site-access-hint')).toContainText('评阅没有在此网站运行');
    await expect(elsewherePanel.getByRole('button', { name: '在所有网站启用' })).toBeVisible();
    expect(await highlightTexts(elsewhere, 'achievement')).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const siteAccess = options.getByRole('region', { name: '网站访问' });
    await expect(siteAccess.getByRole('radio', { name: '仅我启用的网站' })).toBeChecked();
    await expect(siteAccess.getByRole('list', { name: '已启用的网站' }).getByRole('listitem')).toHaveText([/http:\/\/127\.0\.0\.1/]);
    await siteAccess.getByRole('button', { name: '移除 http://127.0.0.1' }).click();
    await expect(siteAccess.getByText('还没有单独启用的网站。')).toBeVisible();
    await expect.poll(() => registeredMatches(worker)).toEqual([]);

    await report.reload();
    const reportPanel = await panelFor(context, worker, report);
    await expect(reportPanel.getByTestId('site-access-hint')).toBeVisible();
    // Nothing is lost: the note is still in 全部报告, ready for when the site is enabled again.
    await reportPanel.getByRole('tab', { name: '全部报告' }).click();
    await reportPanel.getByRole('button', { name: '按批注' }).click();
    await expect(reportPanel.getByTestId('library-row')).toContainText(['新发展党员二十三名']);
  } finally {
    await context.close();
  }
});

test('leaving 所有网站 withdraws access to every site at once', async ({ context, serviceWorker, extensionId, server }) => {
  const report = await context.newPage();
  await report.goto(`${server.origin}/report.html`);
  expect(await registeredMatches(serviceWorker)).toEqual(['<all_urls>']);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const siteAccess = options.getByRole('region', { name: '网站访问' });
  await expect(siteAccess.getByRole('radio', { name: '所有网站' })).toBeChecked();
  // The radio follows what the browser has granted, so it turns checked once the withdrawal is done.
  await siteAccess.getByRole('radio', { name: '仅我启用的网站' }).click();
  await expect(siteAccess.getByRole('radio', { name: '仅我启用的网站' })).toBeChecked();
  await expect(siteAccess.getByTestId('site-access-status')).toContainText('请在下方添加要评阅的网站');
  await expect(siteAccess.getByLabel('网站地址')).toBeVisible();
  await expect.poll(() => registeredMatches(serviceWorker)).toEqual([]);

  await report.reload();
  const panel = await panelFor(context, serviceWorker, report);
  await expect(panel.getByTestId('site-access-hint')).toContainText('评阅没有在此网站运行');
});

test('a fresh install reads no page and asks where Pingyue may work', async ({ userDataDir, server }) => {
  const context = await launchWithExtension(userDataDir, { hostAccess: [] });
  try {
    const worker = await serviceWorkerOf(context);
    const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
    await expect.poll(() => context.pages().some(isWelcome), { message: 'the welcome page opens on install' }).toBe(true);
    const welcome = context.pages().find(isWelcome)!;
    const box = welcome.getByRole('group', { name: '选择评阅在哪些网站上工作' });
    await expect(box.getByRole('button', { name: '所有网站' })).toBeVisible();
    expect(await registeredMatches(worker)).toEqual([]);

    const report = await context.newPage();
    await report.goto(`${server.origin}/report.html`);
    const panel = await panelFor(context, worker, report);
    await expect(panel.getByTestId('site-access-hint')).toContainText('评阅没有在此网站运行');

    // Choosing 仅我启用的网站 leads to the address field; a wrong address is explained and asks nothing.
    await welcome.bringToFront();
    await box.getByRole('button', { name: '仅我启用的网站' }).click();
    const field = welcome.getByLabel('网站地址');
    await expect(field).toBeFocused();
    await field.fill('oa example');
    await welcome.getByRole('form', { name: '添加网站' }).getByRole('button', { name: '启用' }).click();
    await expect(welcome.getByRole('alert')).toHaveText('「oa example」不是有效的网站地址，例如 oa.example.gov.cn。');
    expect(await worker.evaluate(async () => (await chrome.permissions.getAll()).origins)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a report that gets the content script twice (registered, then injected when a site is enabled) is tagged once', async ({ context, serviceWorker, server }) => {
  const report = await context.newPage();
  await report.goto(`${server.origin}/report.html`);
  const tabId = await tabIdOf(serviceWorker, report);
  // What the background does for tabs already open when the reviewer enables their site.
  await serviceWorker.evaluate(
    (tabId) => chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] }),
    tabId,
  );

  await selectText(report, '#p6', '进一步加强基层党组织建设');
  await report.keyboard.press('Alt+Shift+3');
  await expect.poll(() => highlightTexts(report, 'measure')).toEqual(['进一步加强基层党组织建设']);
  await report.reload();
  await expect.poll(() => highlightTexts(report, 'measure')).toEqual(['进一步加强基层党组织建设']);
  expect(await report.locator('pingyue-ui').count()).toBeLessThanOrEqual(1);
});
