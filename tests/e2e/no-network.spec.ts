import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { expect, highlightCount, openPanelTab, selectText, test, openTransfer } from './fixtures';

/**
 * Pingyue makes no network request: every request seen while using each feature (tag, panel, 体检,
 * export, import, the backup that runs at install) goes to the test's own pages or to the extension
 * itself. A canary image in the panel proves the recorder sees the panel's requests; and the
 * manifest's CSP (`connect-src 'self'`) makes the browser refuse any fetch from the panel or the
 * service worker before it leaves.
 */
test('no feature sends anything over the network', async ({ context, server, serviceWorker, extensionId }) => {
  const seen: string[] = [];
  const record = (request: Request) => void seen.push(request.url());
  context.on('request', record);

  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await selectText(page, '#p4', '部分社区党组织书记抓党建的意识不够强');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightCount(page, 'problem')).toBe(1);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('rule-vague-measure')).toContainText('进一步加强基层党组织建设');
  await panel.getByRole('tab', { name: /批注/ }).click();
  await openTransfer(panel);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '备份全部批注' }).click()]);
  // Outside test-results/, which a concurrent Playwright run may wipe.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-export-')), 'all.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).annotations).toHaveLength(1);
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(file);
  await expect(panel.getByTestId('notice')).toContainText('导入完成');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  expect(await serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).some((k) => k.startsWith('backup:')))).toBe(true);

  // Canary: an image the panel loads is a request the recorder must see.
  const canary = `${server.origin}/canary-`;
  await panel.evaluate((url) => void (new Image().src = url), `${canary}panel`);
  await expect.poll(() => seen.filter((url) => url.startsWith(canary))).toEqual([`${canary}panel`]);
  // Fetches from the service worker and the panel are refused by the extension's CSP and never sent.
  const fetchFrom = (url: string) => fetch(url).then(() => 'sent', (error: Error) => error.name);
  expect(await serviceWorker.evaluate(fetchFrom, `${canary}sw`)).toBe('TypeError');
  expect(await panel.evaluate(fetchFrom, `${canary}panel-fetch`)).toBe('TypeError');
  expect(seen.filter((url) => url.includes('canary-sw') || url.includes('canary-panel-fetch'))).toEqual([]);

  const allowed = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('blob:chrome-extension://') || url.startsWith('data:');
  expect(seen.filter((url) => !allowed(url))).toEqual([]);
  expect(seen.some((url) => url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
});
