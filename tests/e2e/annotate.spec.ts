import { expect, highlightCount, highlightTexts, openPanelTab, selectText, test } from './fixtures';
import { tagWithToolbar } from './toolbar';

test('tags passages with the toolbar and the keyboard, and paints them again after a reload and an edit', async ({ context, server, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);

  // Toolbar: select, click 问题, type a comment.
  await selectText(page, '#p4', '部分社区党组织书记抓党建的意识不够强');
  await tagWithToolbar(page, 'problem', '没有点名是哪些社区');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);

  // Keyboard command: Alt+Shift+3 tags the selection as 措施.
  await selectText(page, '#p6', '进一步加强基层党组织建设');
  await page.keyboard.press('Alt+Shift+3');
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设']);
  // The page's DOM is untouched: no wrapper elements around the text.
  await expect(page.locator('#p6')).toHaveJSProperty('childElementCount', 0);

  // The stored data comes back after a reload.
  await page.reload();
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设']);

  // The page re-renders its text (as pdf.js and OA viewers do): the highlight follows the passage.
  await page.evaluate(() => {
    const p4 = document.querySelector('#p4')!;
    p4.textContent = `经查，${p4.textContent}`;
    document.querySelector('#p1')!.textContent += '另外开展专题调研两次。';
  });
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);

  // The side panel (opened as a tab on this page) lists both, grouped by tag, with the comment.
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('group-problem')).toContainText('部分社区党组织书记抓党建的意识不够强');
  await expect(panel.getByTestId('group-problem')).toContainText('没有点名是哪些社区');
  await expect(panel.getByTestId('group-measure')).toContainText('进一步加强基层党组织建设');
  await expect(panel.getByTestId('summary')).toContainText('共 2 条批注');
  expect(await highlightCount(page, 'achievement')).toBe(0);
});
