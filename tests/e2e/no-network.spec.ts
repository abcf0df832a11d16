import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { expect, highlightCount, openPanelTab, selectText, test } from './fixtures';

/**
 * Pingyue makes no network request: every request seen while using each feature (tag, panel, 体检,
 * export, import, the backup that runs at install) goes to the test's own pages or to the extension
 * itself. Playwright reports requests of pages and of the extension's service worker; a canary
 * request from each proves the recorder sees them.
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
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出全部' }).click()]);
  // Outside test-results/, which a concurrent Playwright run may wipe.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-export-')), 'all.json');
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).annotations).toHaveLength(1);
  await panel.getByTestId('import-file').setInputFiles(file);
  await expect(panel.getByTestId('notice')).toContainText('导入完成');
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  expect(await serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).some((k) => k.startsWith('backup:')))).toBe(true);

  // Canaries: a request from the service worker and one from the panel must be recorded.
  const canary = `${server.origin}/canary-`;
  await serviceWorker.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${canary}sw`);
  await panel.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `${canary}panel`);
  await expect.poll(() => seen.filter((url) => url.startsWith(canary)).sort()).toEqual([`${canary}panel`, `${canary}sw`]);

  const allowed = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('blob:chrome-extension://') || url.startsWith('data:');
  expect(seen.filter((url) => !allowed(url))).toEqual([]);
  expect(seen.some((url) => url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
});
