import type { Page } from '@playwright/test';
import { expect, highlightTexts, openPanelTab, selectText, test } from './fixtures';
import { clickToolbarTag, commentBoxClosed, commentFrame, focusedNode, tagButtonStyle, uiBoxes, type UiBox } from './toolbar';

/** The line boxes of `text` inside `selector`, as the page lays them out now. */
function passageLines(page: Page, selector: string, text: string): Promise<UiBox[]> {
  return page.evaluate(
    ({ selector, text }) => {
      const node = document.querySelector(selector)!.firstChild!;
      const at = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    },
    { selector, text },
  );
}

const near = (a: number, b: number, within = 3) => Math.abs(a - b) <= within;
const viewportOf = (page: Page) => page.evaluate(() => ({ width: innerWidth, height: innerHeight }));

test('one click tags, then the comment box takes a multi-line comment that grows, with the passage kept marked; Enter saves', async ({ context, server, serviceWorker, extensionId }) => {
  test.slow(); // fourteen lines typed one by one, on a shared machine
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  const passage = '部分社区党组织书记抓党建的意识不够强';
  await selectText(page, '#p4', passage);
  await clickToolbarTag(page, 'problem');

  // Tagged at once; the box opens with its field focused; the browser selection is gone, yet the passage
  // keeps its colour and a ring around each of its lines.
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual([passage]);
  const frame = await commentFrame(page);
  expect(await page.evaluate(() => String(getSelection()))).toBe('');
  const lines = await passageLines(page, '#p4', passage);
  await expect.poll(async () => (await uiBoxes(page, 'ring')).length).toBe(lines.length);
  const rings = await uiBoxes(page, 'ring');
  lines.forEach((line, i) => {
    expect(near(rings[i]!.x, line.x - 1) && near(rings[i]!.y, line.y - 1) && near(rings[i]!.width, line.width + 2)).toBe(true);
  });
  await expect(frame.getByText('Enter 保存 · Shift+Enter 换行 · Esc 跳过')).toBeVisible();
  await expect(frame.getByRole('button', { name: '跳过' })).toBeVisible();
  await expect(frame.getByRole('button', { name: '完成' })).toBeVisible();

  // The field starts at three lines, grows with Shift+Enter lines, and scrolls beyond ten; the frame
  // always shows all of its content (nothing cut off at the bottom).
  const field = frame.locator('textarea');
  const heightOf = () => field.evaluate((el) => el.clientHeight);
  const lineHeight = await field.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  const empty = await heightOf();
  expect(near(empty, 3 * lineHeight, lineHeight / 2 + 12)).toBe(true);
  const typeLines = async (from: number, to: number) => {
    for (let i = from; i <= to; i++) {
      if (i > 1) await page.keyboard.press('Shift+Enter');
      await page.keyboard.insertText(`第${i}行意见`);
    }
  };
  await typeLines(1, 6);
  await expect.poll(heightOf).toBeGreaterThan(empty + 2 * lineHeight);
  await typeLines(7, 14);
  await expect.poll(heightOf).toBeLessThanOrEqual(10 * lineHeight + 12);
  expect(await heightOf()).toBeGreaterThan(9 * lineHeight);
  expect(await field.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);

  await page.keyboard.press('Enter');
  await commentBoxClosed(page);
  expect(await uiBoxes(page, 'ring')).toEqual([]);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  const card = panel.getByTestId('group-problem').getByTestId('annotation');
  await expect(card).toContainText('第1行意见');
  await expect(card).toContainText('第14行意见');
  await expect(card.locator('.comment')).toHaveJSProperty('innerText', Array.from({ length: 14 }, (_, i) => `第${i + 1}行意见`).join('\n'));
});

test('Esc or 跳过 closes the box and keeps the tag; an empty box also closes on a click elsewhere', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);

  // Esc in the field.
  await selectText(page, '#p6', '进一步加强基层党组织建设');
  await clickToolbarTag(page, 'measure');
  await commentFrame(page);
  await page.keyboard.insertText('不保存的草稿');
  await page.keyboard.press('Escape');
  await commentBoxClosed(page);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual(['进一步加强基层党组织建设']);

  // 跳过.
  await selectText(page, '#p2', '新发展党员二十三名');
  await clickToolbarTag(page, 'achievement');
  await (await commentFrame(page)).getByRole('button', { name: '跳过' }).click();
  await commentBoxClosed(page);

  // An empty box closes on a click elsewhere.
  await selectText(page, '#p1', '书记讲党课四次');
  await clickToolbarTag(page, 'achievement');
  await commentFrame(page);
  await page.locator('h1').click();
  await commentBoxClosed(page);

  // The tag bar closes on Esc too.
  await selectText(page, '#p7', '每季度开展一次述职点评');
  await expect.poll(async () => (await uiBoxes(page, 'bar')).length).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await uiBoxes(page, 'bar')).length).toBe(0);

  // Every tag stayed; no comment was written.
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(3);
  await expect(panel.locator('body')).not.toContainText('不保存的草稿');
});

test('typed text survives a click on the page and a new selection; Esc with the focus on the page closes the box', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await selectText(page, '#p5', '但落实仍有差距');
  await clickToolbarTag(page, 'problem');
  const frame = await commentFrame(page);
  await page.keyboard.insertText('差距在哪里');
  await page.locator('h1').click();
  await selectText(page, '#p1', '书记讲党课四次');
  await page.waitForTimeout(300);
  expect(frame.isDetached()).toBe(false);
  await expect(frame.locator('textarea')).toHaveValue('差距在哪里');
  expect(await frame.evaluate(() => document.hasFocus())).toBe(false);
  await page.keyboard.press('Escape');
  await commentBoxClosed(page);
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['但落实仍有差距']);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await expect(panel.locator('body')).not.toContainText('差距在哪里');
});

test('keyboard: Tab goes through the tag buttons, each named, with its guideline and a visible focus; Enter tags', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  await selectText(page, '#p3', '抓实抓细各项任务');
  await expect.poll(async () => (await uiBoxes(page, 'bar')).length).toBe(1);

  await page.keyboard.press('Tab');
  await expect.poll(() => focusedNode(page)).toMatchObject({ role: 'button', name: '成绩', description: expect.stringContaining('讲成绩') });
  await page.keyboard.press('Tab');
  const second = await focusedNode(page);
  expect(second).toMatchObject({ role: 'button', name: '问题', description: expect.stringContaining('Alt+Shift+2') });
  // The focused button shows a ring (outline).
  const style = await tagButtonStyle(page, 'problem');
  expect(style['outline-style']).toBe('solid');
  expect(parseFloat(style['outline-width']!)).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Enter');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['抓实抓细各项任务']);
  // The field takes the focus: the reviewer types straight away.
  const frame = await commentFrame(page);
  await page.keyboard.type('ok');
  await expect(frame.locator('textarea')).toHaveValue('ok');
  await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('跳过');
});

test('the toolbar stays beside the passage and inside the view: near the bottom edge, scrolled, zoomed', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  // A small window at 150 % browser zoom (fewer, larger CSS pixels), and a page long enough to scroll.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 560, height: 420, deviceScaleFactor: 1.5, mobile: false });
  await page.addStyleTag({ content: 'body { padding-bottom: 1600px; }' });
  // The passage sits at the bottom edge of the view.
  await page.evaluate(() => {
    const p = document.querySelector('#p7')!;
    scrollBy(0, p.getBoundingClientRect().bottom - innerHeight + 4);
  });
  const passage = '完成七个社区书记轮训';
  await selectText(page, '#p7', passage);
  const view = await viewportOf(page);
  await expect.poll(async () => (await uiBoxes(page, 'bar')).length).toBe(1);
  const [tagBar] = await uiBoxes(page, 'bar');
  const [firstLine] = await passageLines(page, '#p7', passage);
  expect(tagBar!.y + tagBar!.height).toBeLessThanOrEqual(firstLine!.y); // above the passage: no room below
  expect(tagBar!.x + tagBar!.width).toBeLessThanOrEqual(view.width);

  await clickToolbarTag(page, 'measure');
  await commentFrame(page);
  const inView = (box: UiBox) => box.y >= 0 && box.x >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width;
  await expect.poll(async () => inView((await uiBoxes(page, 'bar'))[0]!)).toBe(true);

  // Scrolled: the box and the ring follow the passage (as far as the view allows).
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => {
    const [line] = await passageLines(page, '#p7', passage);
    const [ring] = await uiBoxes(page, 'ring');
    return near(ring!.y, line!.y - 1);
  }).toBe(true);
  await expect.poll(async () => inView((await uiBoxes(page, 'bar'))[0]!)).toBe(true);

  // A page that zooms its own body (OA 大字 modes): the ring still sits on the text.
  await page.evaluate(() => (document.body.style.zoom = '1.25'));
  await expect.poll(async () => {
    const [line] = await passageLines(page, '#p7', passage);
    const [ring] = await uiBoxes(page, 'ring');
    return !!line && !!ring && near(ring.x, line.x - 1) && near(ring.y, line.y - 1) && near(ring.width, line.width + 2);
  }).toBe(true);
  await cdp.detach();
});
