import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, highlightTexts, openPanelTab, selectText, test, openTransfer } from './fixtures';

async function tagByKeyboard(page: Page, selector: string, text: string, slot: 1 | 2 | 3) {
  await selectText(page, selector, text);
  await page.keyboard.press(`Alt+Shift+${slot}`);
}

const COMMENT = `哪些村？<b>&"'`;

test('评议意见: draft from the annotations, rating, 填入表单 into a React-like field, Word and CSV downloads', async ({ context, server, serviceWorker, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/form.html`);
  await tagByKeyboard(page, '#p1', '完成十二个村党组织换届', 1);
  await tagByKeyboard(page, '#p2', '部分村党组织书记抓党建的意识不够强', 2);
  await tagByKeyboard(page, '#p3', '进一步加强基层党组织建设', 3);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设']);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const card = panel.getByTestId('annotation').filter({ hasText: '部分村党组织书记' });
  await card.getByRole('button', { name: '编辑' }).click();
  await card.getByRole('textbox').fill(COMMENT);
  await card.getByRole('button', { name: '保存' }).click();
  const measureCard = panel.getByTestId('annotation').filter({ hasText: '进一步加强基层党组织建设' });
  await measureCard.getByRole('button', { name: '编辑' }).click();
  await measureCard.getByRole('textbox').fill('明确完成时限和责任人');
  await measureCard.getByRole('button', { name: '保存' }).click();
  await expect(measureCard).toContainText('明确完成时限和责任人');

  await panel.getByRole('tab', { name: '评议意见' }).click();
  const problems = panel.getByTestId('form-section-problems');
  const problemsText = problems.getByRole('textbox');
  // Official wording: the reviewer's comment first, the quote short and whole, each item a sentence.
  await expect(problemsText).toHaveValue(`1. 哪些村？<b>&"'（原文：“部分村党组织书记抓党建的意识不够强”）。`);
  await expect(panel.getByTestId('form-section-achievements').getByRole('textbox')).toHaveValue('1. 完成十二个村党组织换届。');
  // The checker's summary is a line the reviewer adds, not a default.
  await problems.getByRole('button', { name: '加入体检提示' }).click();
  await expect(problemsText).toHaveValue(/（原文：“部分村党组织书记抓党建的意识不够强”）。\n体检提示：问题不实 \d+ 处[^\n]*。$/);
  await expect(problems.getByRole('button', { name: '加入体检提示' })).toHaveCount(0);
  await panel.getByRole('textbox', { name: '述职人' }).fill('王某');
  await panel.getByRole('textbox', { name: '评议人' }).fill('李某');
  await expect(panel.getByLabel('评议日期')).toHaveValue(/^\d{4}-\d\d-\d\d$/);

  // An edit is marked and can be undone to the generated text.
  const suggestions = panel.getByTestId('form-section-suggestions');
  await suggestions.getByRole('textbox').fill('限期整改。');
  await expect(suggestions).toContainText('已修改');
  await suggestions.getByRole('button', { name: '恢复自动生成' }).click();
  await expect(suggestions.getByRole('textbox')).toHaveValue('1. 明确完成时限和责任人（针对“进一步加强基层党组织建设”）。');

  await panel.getByRole('radio', { name: '较好' }).check();

  // No field focused yet: the panel says so.
  await problems.getByRole('button', { name: '填入表单' }).click();
  await expect(panel.getByTestId('notice')).toContainText('页面上没有选中的输入框');

  await page.click('#problems-field');
  await problems.getByRole('button', { name: '填入表单' }).click();
  await problems.getByRole('button', { name: '确认填入' }).click();
  await expect(panel.getByTestId('notice')).toContainText('已把“存在问题”填入');
  const expected = await problemsText.inputValue();
  expect(await page.inputValue('#problems-field')).toBe(expected);
  expect(await page.evaluate(() => (window as unknown as { formState?: { problems: string } }).formState?.problems)).toBe(expected);
  await expect(page.locator('#problems-state')).toHaveText(expected);

  // A contenteditable editor takes the text as typed input.
  await page.click('#suggestions-field');
  await suggestions.getByRole('button', { name: '填入表单' }).click();
  await suggestions.getByRole('button', { name: '确认填入' }).click();
  await expect(page.locator('#suggestions-field')).toHaveText('1. 明确完成时限和责任人（针对“进一步加强基层党组织建设”）。');

  // Word: a 评议表 whose text holds the title, the people, the sections with the comment (escaped), the rating; no link.
  const [docx] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出 Word' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/评议意见-\d{4}-\d\d-\d\d\.docx$/);
  const docxPath = testInfo.outputPath('assessment.docx');
  await docx.saveAs(docxPath);
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(docxPath)))['word/document.xml']!);
  const unescapeXml = (v: string) => v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
  expect(text.startsWith('述职评议意见表报告白沙镇党委书记述职报告与评议表（测试页）述职人王某评议日期')).toBe(true);
  for (const part of ['主要成绩', '存在问题', '意见建议', '总体评价较好', '评议人（签字）：李某']) expect(text).toContain(part);
  expect(text).toContain(`哪些村？<b>&"'（原文：“部分村党组织书记抓党建的意识不够强”）。`);
  expect(text).not.toMatch(/https?:|127\.0\.0\.1/);
  expect(xml).not.toContain('<b>');

  // CSV: BOM, header, every annotation with its tag and comment.
  const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出 CSV' }).click()]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF报告,链接,标签,原文,批注,')).toBe(true);
  expect(csvText).toContain(`问题,部分村党组织书记抓党建的意识不够强,"哪些村？<b>&""'"`);
  expect(csvText.trim().split('\r\n')).toHaveLength(4);

  // All reports at once: a workbook with this report's row, its rating and the filled section.
  await openTransfer(panel);
  const [xlsx] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出评议汇总（Excel）' }).click()]);
  const book = unzipSync(new Uint8Array(fs.readFileSync(await xlsx.path())));
  const cells = Object.entries(book).filter(([name]) => /^xl\/(sharedStrings|worksheets\/sheet1)\.xml$/.test(name)).map(([, data]) => strFromU8(data)).join('');
  expect(cells).toContain('白沙镇党委书记述职报告与评议表（测试页）');
  expect(cells).toContain('较好');
  expect(cells).toContain('（原文：“部分村党组织书记抓党建的意识不够强”）');
  expect(cells).toContain('王某');
});
