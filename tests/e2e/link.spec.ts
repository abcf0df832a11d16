import { chromium, type Page } from '@playwright/test';
import { expect, highlightTexts, launchForRealPanel, openPanelTab, selectText, tagByKey, test } from './fixtures';
import { readPage } from './server';
import { uiText } from './toolbar';
import { seriousViolations } from './axe';

/** The middle of `text` (first occurrence inside `selector`) on screen, in viewport px. */
function pointOn(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(({ selector, text }) => {
    const node = [...document.querySelector(selector)!.childNodes].find((n) => n.textContent!.includes(text))!;
    const range = document.createRange();
    const at = node.textContent!.indexOf(text);
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, { selector, text });
}

// Many steps on a real page and panel, on a shared 2-core machine: room beyond the suite's 60 s.
test.describe.configure({ timeout: 120_000 });

const flashed = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('pingyue-flash') ?? [])].map((r) => (r as Range).toString()));

test('a click on a highlight selects and focuses its card; hovering shows its tag and comment; 上一条 / 下一条 go through the report in reading order', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await tagByKey(page, '#p6', '不断提升组织力', 3);
  await tagByKey(page, '#p1', '书记讲党课四次', 1);
  await tagByKey(page, '#p4', '个别党员参加组织生活不够经常', 2);
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['个别党员参加组织生活不够经常']);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const cards = panel.getByTestId('annotation');
  const problemCard = cards.filter({ hasText: '个别党员参加组织生活不够经常' });
  await problemCard.getByRole('button', { name: '编辑' }).click();
  await problemCard.getByRole('textbox').fill('哪些党员？没有说明');
  await problemCard.getByRole('button', { name: '保存' }).click();
  await expect(problemCard).toContainText('哪些党员？没有说明');

  // Click the highlight on the page: the panel selects that card, scrolls to it and focuses it.
  await page.bringToFront();
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const onProblem = await pointOn(page, '#p4', '个别党员参加组织生活不够经常');
  await page.mouse.click(onProblem.x, onProblem.y);
  await expect(problemCard).toHaveAttribute('aria-current', 'true');
  await expect(problemCard).toBeFocused();
  await expect(cards.filter({ hasText: '书记讲党课四次' })).not.toHaveAttribute('aria-current', 'true');
  await expect(panel.getByTestId('step-position')).toHaveText('第 2 / 3 条');
  expect(await seriousViolations(panel), 'axe with a card selected and the stepper').toEqual([]);

  // Plain text is not a highlight: a click there changes nothing.
  const plain = await pointOn(page, '#p2', '完成七个社区党组织换届');
  await page.mouse.click(plain.x, plain.y);
  // Nor does a click the page fakes on another highlight: only the reviewer's own clicks steer the panel.
  const onOther = await pointOn(page, '#p1', '书记讲党课四次');
  await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y })), onOther);
  await page.waitForTimeout(500);
  await expect(problemCard).toHaveAttribute('aria-current', 'true');

  // Hovering shows the tag and the comment in Pingyue's closed shadow root, never in the page's DOM.
  await page.mouse.move(onProblem.x, onProblem.y);
  await expect.poll(() => uiText(page, 'hover-card')).toContain('哪些党员？没有说明');
  expect(await uiText(page, 'hover-card')).toContain('问题');
  expect(await page.evaluate(() => document.documentElement.innerText.includes('哪些党员'))).toBe(false);
  expect(await page.evaluate(() => document.querySelector('pingyue-ui')?.shadowRoot ?? null)).toBeNull();
  const onAchievement = await pointOn(page, '#p1', '书记讲党课四次');
  await page.mouse.move(onAchievement.x, onAchievement.y);
  await expect.poll(() => uiText(page, 'hover-card')).toContain('成绩');
  expect(await uiText(page, 'hover-card')).toContain('尚无批注意见');
  await page.mouse.move(plain.x, plain.y);
  await expect.poll(() => uiText(page, 'hover-card')).toBe('');

  // 下一条 / 上一条: reading order across the tag groups, the page flashing each passage.
  await panel.getByRole('button', { name: '下一条' }).click();
  await expect(cards.filter({ hasText: '不断提升组织力' })).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByRole('button', { name: '下一条' }), 'the stepper keeps the keyboard focus').toBeFocused();
  await expect.poll(() => flashed(page)).toEqual(['不断提升组织力']);
  await expect(panel.getByRole('button', { name: '下一条' })).toHaveAttribute('aria-disabled', 'true');
  await panel.getByRole('button', { name: '上一条' }).click();
  await panel.getByRole('button', { name: '上一条' }).click();
  await expect(cards.filter({ hasText: '书记讲党课四次' })).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => flashed(page)).toEqual(['书记讲党课四次']);
  await expect(panel.getByTestId('step-position')).toHaveText('第 1 / 3 条');
  await expect(panel.getByRole('button', { name: '上一条' })).toHaveAttribute('aria-disabled', 'true');
  await panel.getByRole('button', { name: '上一条' }).click({ force: true }); // aria-disabled: Playwright would wait for it
  await expect(cards.filter({ hasText: '书记讲党课四次' }), 'nothing before the first').toHaveAttribute('aria-current', 'true');
});

test('待确认 → 确认 keeps the passage where it is now; 重新定位 moves a 未能定位 note to the text the reviewer selects; nothing is dropped', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html?ticket=monday`);
  await tagByKey(page, '#p2', '新发展党员二十三名', 1);
  await tagByKey(page, '#p7', '每季度开展一次述职点评', 3);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['每季度开展一次述职点评']);

  const revised = readPage('report.html')
    .replace('新发展党员二十三名', '新发展党员二十三人')
    .replace(/<p id="p7">.*<\/p>/, '<p id="p7">明年将研究制定具体方案，按季度检查。</p>');
  server.override('/report.html', revised);
  try {
    await page.goto(`${server.origin}/report.html?ticket=tuesday`);
    await expect.poll(() => highlightTexts(page, 'achievement')).toEqual(['新发展党员二十三人']);
    const panel = await openPanelTab(context, serviceWorker, extensionId, page);
    const cards = panel.getByTestId('annotation');
    await expect(cards).toHaveCount(2);

    // 确认: the highlighted text becomes the stored passage; the card is no longer 待确认, and stays so.
    const moved = cards.filter({ hasText: '新发展党员二十三' });
    await expect(moved).toContainText('待确认');
    await moved.getByRole('button', { name: '确认', exact: true }).click();
    await expect(panel.getByTestId('notice')).toContainText('已确认批注位置');
    await expect(moved).not.toContainText('待确认');
    await expect(moved.locator('.quote')).toHaveText('新发展党员二十三人');

    // 重新定位: select the passage on the page, then move the note to it.
    const lost = cards.filter({ hasText: '每季度开展一次述职点评' });
    await expect(lost).toContainText('未能定位');
    await lost.getByRole('button', { name: '重新定位' }).click();
    expect(await seriousViolations(panel), 'axe with 重新定位 open').toEqual([]);
    await lost.getByRole('button', { name: '移到所选文字' }).click();
    await expect(panel.getByTestId('notice'), 'nothing selected yet: it says what to do').toContainText('页面上没有选中的文字');
    await selectText(page, '#p7', '按季度检查');
    await lost.getByRole('button', { name: '移到所选文字' }).click();
    await expect(panel.getByTestId('notice')).toContainText('已把批注移到所选文字');
    const relocated = cards.filter({ hasText: '按季度检查' });
    await expect(relocated).not.toContainText('未能定位');
    await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['按季度检查']);
    await expect(cards).toHaveCount(2);

    // The moves are remembered: reopened, both passages are found without a question.
    await page.reload();
    await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['按季度检查']);
    await panel.reload();
    await expect(panel.getByTestId('annotation')).toHaveCount(2);
    await expect(panel.getByText('待确认')).toHaveCount(0);
    await expect(panel.getByText('未能定位')).toHaveCount(0);
  } finally {
    server.override('/report.html', null);
  }
});

test('转为批注 on a passage already tagged with the same tag adds the finding to that note, then refuses a second time, never a duplicate', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await tagByKey(page, '#p6', '进一步加强基层党组织建设，不断提升组织力', 3);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设，不断提升组织力']);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const checkTab = panel.getByRole('tab', { name: /体检/ });
  await checkTab.click();
  const finding = panel.getByTestId('rule-vague-measure').getByTestId('finding').filter({ hasText: '进一步加强基层党组织建设' });
  const reason = (await finding.locator('.reason').textContent())!;
  await finding.getByRole('button', { name: '转为批注（措施）' }).click();
  await expect(panel.getByTestId('notice')).toContainText('这段文字已有「措施」批注：体检意见已并入该批注');

  await panel.getByRole('tab', { name: /批注/ }).click();
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await expect(panel.getByTestId('annotation')).toContainText(reason);

  // A fresh panel (no memory of the first click): the note already says it, so nothing is added.
  await panel.reload();
  await panel.getByRole('tab', { name: /体检/ }).click();
  await finding.getByRole('button', { name: '转为批注（措施）' }).click();
  await expect(panel.getByTestId('notice')).toContainText('这段文字已有「措施」批注，未重复添加');
  await panel.getByRole('tab', { name: /批注/ }).click();
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  expect(await highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设，不断提升组织力']);
});

test("in Chrome, a click on a highlight opens the real side panel (the click's gesture reaches sidePanel.open) with its card selected", async ({ server }) => {
  const { context, devtoolsUrl, close } = await launchForRealPanel('link');
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/report.html`);
    await tagByKey(page, '#p4', '个别党员参加组织生活不够经常', 2);
    await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['个别党员参加组织生活不够经常']);
    await page.evaluate(() => getSelection()?.removeAllRanges());

    const point = await pointOn(page, '#p4', '个别党员参加组织生活不够经常');
    await page.mouse.click(point.x, point.y);
    // The panel is not one of the context's pages: a second DevTools client, connected now, finds it.
    const cdp = await chromium.connectOverCDP(devtoolsUrl);
    try {
      const findPanel = () => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html'));
      await expect.poll(() => Boolean(findPanel()), { message: 'the side panel opens' }).toBe(true);
      const card = findPanel()!.getByTestId('annotation').filter({ hasText: '个别党员参加组织生活不够经常' });
      await expect(card).toHaveAttribute('aria-current', 'true');
    } finally {
      await cdp.close();
    }
  } finally {
    await close();
  }
});
