import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, highlightTexts, launchWithExtension, openPanelTab, selectText, serviceWorkerOf, test } from './fixtures';
import { clickToolbarTag } from './toolbar';

const optionsUrl = (extensionId: string) => `chrome-extension://${extensionId}/options.html`;
/** A set's card in the list, found by its name (new sets get random ids). */
const cardNamed = (options: Page, name: string) => options.locator('li.card').filter({ has: options.getByText(name, { exact: true }) });
/** The page's `::highlight()` rule for a tag (colours as the browser serialises them, rgb()). */
const paintRule = (page: Page, tagId: string) =>
  page.evaluate(
    (name) => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).find((text) => text.includes(`(${name})`)) ?? '',
    `pingyue-tag-${tagId}`,
  );

test('a tag set made in the options page, exported, imported in a fresh profile, tags and groups passages', async ({ context, extensionId, server }, testInfo) => {
  test.slow(); // two browser profiles, each started with the extension, on a shared two-core machine
  // Maintainer: duplicate the built-in set, rename it, add 亮点, make it active, export it.
  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.getByTestId('tagset-shuzhi-default')).toContainText('述职评议（默认）');
  await expect(options.getByTestId('tagset-shuzhi-default').getByRole('button', { name: '编辑' })).toBeDisabled();
  await options.getByTestId('tagset-shuzhi-default').getByRole('button', { name: '复制' }).click();

  const editor = options.getByTestId('tagset-editor');
  await editor.getByTestId('set-name').fill('甲部门评议');
  await editor.getByRole('button', { name: '添加标签' }).click();
  const row = editor.getByTestId('tag-row-5');
  await row.getByLabel('名称', { exact: true }).fill('亮点');
  await row.getByLabel('颜色').fill('#f97316');
  await row.getByLabel('使用说明（鼠标悬停时显示）').fill('有特色、可推广的做法');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.getByTestId('options-status')).toContainText('已保存「甲部门评议」（第 2 版）');

  const card = cardNamed(options, '甲部门评议');
  await expect(card.locator('.chip').last()).toHaveText(/亮点6/);
  await card.getByRole('radio').click();
  await expect(card).toContainText('当前使用');

  const [download] = await Promise.all([options.waitForEvent('download'), card.getByRole('button', { name: '导出' }).click()]);
  expect(download.suggestedFilename()).toBe('甲部门评议-v2.pingyue-tagset.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'pingyue/tagset', version: 1, tagSet: { name: '甲部门评议', version: 2 } });
  const highlight = exported.tagSet.tags.at(-1);
  expect(highlight).toMatchObject({ label: '亮点', color: '#f97316', shortcut: 6, guideline: '有特色、可推广的做法' });

  // Reviewer: a fresh profile imports the file, makes the set active and tags with 亮点.
  const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-e2e-fresh-'));
  const fresh = await launchWithExtension(freshDir);
  try {
    const worker = await serviceWorkerOf(fresh);
    const freshId = new URL(worker.url()).host;
    const freshOptions = await fresh.newPage();
    await freshOptions.goto(optionsUrl(freshId));
    await expect(freshOptions.locator('li.card')).toHaveCount(1);
    await freshOptions.getByTestId('tagset-import-file').setInputFiles(file);
    await expect(freshOptions.getByTestId('options-status')).toContainText('已导入新标签集「甲部门评议」');
    const imported = cardNamed(freshOptions, '甲部门评议');
    await imported.getByRole('radio').click();
    await expect(imported).toContainText('当前使用');

    const report = await fresh.newPage();
    await report.goto(`${server.origin}/report.html`);
    await selectText(report, '#p2', '完成七个社区党组织换届');
    await clickToolbarTag(report, highlight.id);
    await expect.poll(() => highlightTexts(report, highlight.id)).toEqual(['完成七个社区党组织换届']);

    const panel = await openPanelTab(fresh, worker, freshId, report);
    const group = panel.getByTestId(`group-${highlight.id}`);
    await expect(group.getByRole('heading')).toContainText('亮点');
    await expect(group).toContainText('完成七个社区党组织换届');

    // Renaming and recolouring the tag in the options page: the open page repaints the passage in the new
    // colour (the background tells every tab), the group gets the new label (the panel reads the set when
    // it loads), and the annotation keeps its tag id.
    expect(await paintRule(report, highlight.id)).toContain('rgb(249, 115, 22)');
    await imported.getByRole('button', { name: '编辑' }).click();
    await freshOptions.getByTestId('tag-row-5').getByLabel('名称', { exact: true }).fill('特色亮点');
    await freshOptions.getByTestId('tag-row-5').getByLabel('颜色').fill('#0891b2');
    await freshOptions.getByRole('button', { name: '保存' }).click();
    await expect(freshOptions.getByTestId('options-status')).toContainText('第 3 版');
    await expect.poll(() => paintRule(report, highlight.id)).toContain('rgb(8, 145, 178)');
    await expect.poll(() => highlightTexts(report, highlight.id)).toEqual(['完成七个社区党组织换届']);
    // (no reload: the panel follows the options page live)
    await expect(group.getByRole('heading')).toContainText('特色亮点');
  } finally {
    await fresh.close();
    fs.rmSync(freshDir, { recursive: true, force: true });
  }
});

test('bad tag set files are refused with a message naming the field, and nothing changes', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(optionsUrl(extensionId));
  await expect(options.locator('li.card')).toHaveCount(1);
  const status = options.getByTestId('options-status');
  const tag = (id: string, label: string, color: string) => ({ id, label, color, shortcut: null });
  const file = (tags: unknown[]) =>
    JSON.stringify({ format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00Z', tagSet: { id: 'bad', name: '坏文件', version: 1, tags } });

  await options.getByTestId('tagset-import-file').setInputFiles({
    name: 'dup.pingyue-tagset.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file([tag('a', '成绩', '#16a34a'), tag('a', '问题', '#dc2626')])),
  });
  await expect(status).toContainText('导入失败，未作任何改动');
  await expect(status).toContainText('第 2 个标签（tagSet.tags[1].id）：标签 id "a" 重复');

  const paste = async (text: string) => {
    await options.getByTestId('tagset-import-text').fill(text);
    await options.getByRole('button', { name: '导入粘贴的内容' }).click();
  };
  await paste(file([tag('a', '', '#16a34a')]));
  await expect(status).toContainText('第 1 个标签（tagSet.tags[0].label）：不能为空');
  await paste(file([tag('a', '成绩', 'green')]));
  await expect(status).toContainText('第 1 个标签（tagSet.tags[0].color）：格式不正确');
  await paste('{ not json');
  await expect(status).toContainText('不是有效的 JSON：第 1 行');
  await paste(JSON.stringify({ format: 'pingyue/annotations', version: 1, documents: [], annotations: [], tagSets: [] }));
  await expect(status).toContainText('这是评阅的批注文件，不是标签集文件');

  await expect(options.locator('li.card')).toHaveCount(1);

  // The editor validates too: an emptied label is named and nothing is saved.
  await options.getByRole('button', { name: '新建标签集' }).click();
  await options.getByTestId('tag-row-0').getByLabel('名称', { exact: true }).fill('');
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.getByTestId('editor-errors')).toContainText('第 1 个标签（tags[0].label）：不能为空');
  await options.getByRole('button', { name: '取消' }).click();
  await expect(options.locator('li.card')).toHaveCount(1);
});
