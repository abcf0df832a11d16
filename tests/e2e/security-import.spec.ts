import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, highlightTexts, launchWithExtension, openPanelTab, selectText, serviceWorkerOf, test, openTransfer } from './fixtures';

/**
 * Issue 14, item 3: a shared file reusing a note's id, with a forged time in 2100, tried to turn
 * 书记失职，建议评为一般 (问题) into 表现突出，建议评为优秀 (成绩), and a restore could not bring it back.
 */
test.setTimeout(240_000); // two browser starts, a panel, the options page, on a shared two-core machine

const MINE = '书记失职，建议评为一般';
const THEIRS = '表现突出，建议评为优秀';

async function importFile(panel: Page, file: string): Promise<void> {
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(file);
}

test('a forged-future import is refused, a conflicting one waits for the reviewer, a backup restore puts the note back', async ({ context, server, userDataDir }, testInfo) => {
  // The reviewer tags a passage as 问题 and writes the comment.
  let browser: BrowserContext = context;
  let worker = await serviceWorkerOf(browser);
  const extensionId = new URL(worker.url()).host;
  let page = await browser.newPage();
  await page.goto(`${server.origin}/report.html`);
  await selectText(page, '#p4', '部分社区党组织书记抓党建的意识不够强');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);
  let panel = await openPanelTab(browser, worker, extensionId, page);
  const card = () => panel.getByTestId('annotation');
  await card().getByRole('button', { name: '编辑' }).click();
  await card().getByRole('textbox').fill(MINE);
  await card().getByRole('button', { name: '保存' }).click();
  await expect(card()).toContainText(MINE);
  await openTransfer(panel);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '备份全部批注' }).click()]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));

  try {
    // The browser starts again the next morning: the day's backup holds the note as the reviewer wrote it.
    await browser.close();
    browser = await launchWithExtension(userDataDir);
    worker = await serviceWorkerOf(browser);
    await expect
      .poll(() => worker.evaluate(async () => Object.entries(await chrome.storage.local.get(null)).some(([key, value]) => key.startsWith('backup:') && JSON.stringify(value).includes('书记失职'))))
      .toBe(true);
    page = await browser.newPage();
    await page.goto(`${server.origin}/report.html`);
    await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);
    panel = await openPanelTab(browser, worker, extensionId, page);
    await expect(card()).toContainText(MINE);

    // 1. The shared file: same id, 成绩 and the opposite comment, “edited” in 2100, the report renamed.
    const forge = (updatedAt: number) => {
      const file = structuredClone(exported);
      file.annotations[0] = { ...file.annotations[0], tagId: 'achievement', comment: THEIRS, updatedAt };
      file.documents[0] = { ...file.documents[0], title: '优秀述职报告', updatedAt };
      return file;
    };
    const future = testInfo.outputPath('future.pingyue.json');
    fs.writeFileSync(future, JSON.stringify(forge(Date.UTC(2100, 0, 1))));
    await importFile(panel, future);
    const notice = panel.getByTestId('notice');
    await expect(notice).toContainText('导入失败');
    await expect(notice).toContainText('第 1 条批注（annotations[0].updatedAt）：时间 2100-01-01 00:00（UTC）晚于本机当前时间');
    await expect(notice).toContainText('第 1 个文档（documents[0].updatedAt）');
    await expect(card()).toContainText(MINE);

    // 2. The same change with an honest time: shown as a conflict, and nothing changes until the reviewer chooses.
    const honest = testInfo.outputPath('honest.pingyue.json');
    fs.writeFileSync(honest, JSON.stringify(forge(Date.now())));
    await importFile(panel, honest);
    const conflicts = panel.getByTestId('import-conflicts');
    await expect(conflicts).toContainText('1 条批注与您本机的版本不同');
    await expect(conflicts.getByTestId('conflict-mine')).toHaveText(`问题：${MINE}`);
    await expect(conflicts.getByTestId('conflict-theirs')).toHaveText(`成绩：${THEIRS}`);
    await expect(conflicts.getByRole('button', { name: '完成导入' })).toBeDisabled();
    await expect(card()).toContainText(MINE);
    // The reviewer takes the file's version (to have something to undo below).
    await conflicts.getByRole('radio', { name: '采用文件中的' }).check();
    await conflicts.getByRole('button', { name: '完成导入' }).click();
    await expect(notice).toContainText('导入完成');
    await expect(card()).toContainText(THEIRS);
    await expect(panel.getByRole('heading', { level: 1 })).not.toContainText('优秀述职报告'); // the report keeps its name

    // 3. Restoring the morning's backup says what changes, then puts the original note back.
    // (The automatic backups are in the panel's 导入与导出 now, no longer in the options page.)
    await openTransfer(panel);
    const backup = panel.getByTestId('backup').first();
    await backup.getByRole('button', { name: '恢复' }).click();
    await expect(panel.getByTestId('restore-confirm')).toContainText('找回 0 条、改回 1 条、删除 0 条批注');
    await panel.getByRole('button', { name: '确认恢复' }).click();
    await expect(panel.getByTestId('backup-status')).toContainText('已恢复到');
    await expect(panel.getByTestId('backup').filter({ hasText: '恢复前的状态' })).toHaveCount(1);
    await panel.reload();
    await expect(card()).toContainText(MINE);
    await expect(card()).not.toContainText(THEIRS);
    await page.reload();
    await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);
  } finally {
    await browser.close();
  }
});
