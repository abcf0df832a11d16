import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, highlightTexts, openPanelTab, selectText, test, openTransfer } from './fixtures';

async function tagByKeyboard(page: Page, selector: string, text: string, slot: 1 | 2 | 3) {
  await selectText(page, selector, text);
  await page.keyboard.press(`Alt+Shift+${slot}`);
}


test('the panel edits, deletes and undoes; the page follows', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await tagByKeyboard(page, '#p1', '书记讲党课四次', 1);
  await tagByKeyboard(page, '#p5', '落实仍有差距', 2);
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['落实仍有差距']);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const card = panel.getByTestId('annotation').filter({ hasText: '落实仍有差距' });

  // Comment.
  await card.getByRole('button', { name: '编辑' }).click();
  await card.getByRole('textbox').fill('差距是什么？没有说明');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card).toContainText('差距是什么？没有说明');

  // Change the tag: the page repaints it in the new colour layer.
  await card.getByRole('combobox').selectOption('measure');
  await expect(panel.getByTestId('group-measure')).toContainText('落实仍有差距');
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['落实仍有差距']);
  await panel.getByRole('button', { name: '撤销' }).click();
  await expect(panel.getByTestId('group-problem')).toContainText('落实仍有差距');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['落实仍有差距']);

  // Delete, then undo.
  await panel.getByTestId('annotation').filter({ hasText: '书记讲党课四次' }).getByRole('button', { name: '删除' }).click();
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await expect.poll(() => highlightTexts(page, 'achievement')).toEqual([]);
  await panel.getByRole('button', { name: '撤销' }).click();
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await expect.poll(() => highlightTexts(page, 'achievement')).toEqual(['书记讲党课四次']);

  // Click a quote: the page scrolls to it and flashes it.
  await page.setViewportSize({ width: 1000, height: 240 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await panel.getByTestId('annotation').filter({ hasText: '落实仍有差距' }).locator('.quote').click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('pingyue-flash')?.size ?? 0)).toBe(1);
  await expect.poll(() => page.evaluate(() => document.querySelector('#p5')!.getBoundingClientRect().top)).toBeLessThan(240);
});

test('exports, wipes, imports the export back; a bad file changes nothing', async ({ context, server, serviceWorker, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html?token=first-visit`);
  await tagByKeyboard(page, '#p2', '完成七个社区党组织换届', 1);
  await tagByKeyboard(page, '#p6', '不断提升组织力', 3);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['不断提升组织力']);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await openTransfer(panel);
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '备份全部批注' }).click()]);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.format).toBe('pingyue/annotations');
  expect(exported.annotations.map((a: { anchor: { quote: { exact: string } } }) => a.anchor.quote.exact).sort()).toEqual(['不断提升组织力', '完成七个社区党组织换届']);

  // Wipe every annotation (as a new machine would have none).
  await panel.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('pingyue');
    open.onsuccess = () => {
      const tx = open.result.transaction(['annotations', 'documents'], 'readwrite');
      tx.objectStore('annotations').clear();
      tx.objectStore('documents').clear();
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await panel.reload();
  await expect(panel.getByText('本报告尚无批注')).toBeVisible();
  expect(await highlightTexts(page, 'measure')).toEqual([]);

  // A file that is not a Pingyue export: a clear message naming the problem, nothing imported.
  const bad = testInfo.outputPath('bad.json');
  fs.writeFileSync(bad, JSON.stringify({ ...exported, annotations: [{ ...exported.annotations[0], tagId: 42 }] }));
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(bad);
  await expect(panel.getByTestId('notice')).toContainText('导入失败');
  await expect(panel.getByTestId('notice')).toContainText('annotations[0].tagId');
  await expect(panel.getByText('本报告尚无批注')).toBeVisible();

  // The real export comes back whole, twice without duplicates, on a new URL of the same report.
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(file);
  await expect(panel.getByTestId('notice')).toContainText('导入完成');
  await openTransfer(panel);
  await panel.getByTestId('import-file').setInputFiles(file);
  await expect(panel.getByTestId('notice')).toContainText('导入完成');
  await expect(panel.getByTestId('notice')).not.toContainText('会先询问'); // the second import added no report
  await page.goto(`${server.origin}/report.html?token=second-visit`);
  // A file's sites are only proposals (docs/security.md): with no report of the reviewer's on this site, the first visit asks.
  await panel.reload();
  await panel.getByTestId('origin-consent').getByRole('button', { name: '显示', exact: true }).click();
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['不断提升组织力']);
  await expect.poll(() => highlightTexts(page, 'achievement')).toEqual(['完成七个社区党组织换届']);
  await panel.reload();
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  expect(path.basename(download.suggestedFilename())).toMatch(/\.pingyue\.json$/);
});
