import { expect, highlightTexts, openPanelTab, selectText, test } from './fixtures';

/**
 * Issue 14, item 2: 填入表单 writes into exactly one field, the one the reviewer clicked, in a frame the
 * panel names first. A cross-origin widget that focuses its own off-screen box at load gets nothing.
 */
test.setTimeout(180_000); // three frames, a panel and eleven round trips, on a shared two-core machine

test('填入表单: a self-focusing hidden widget frame gets nothing; the clicked field is filled after a confirmation naming its origin', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/fill-shell.html`);
  const widget = page.frameLocator('#widget');
  const widgetFrame = page.frames().find((f) => f.url().startsWith(server.otherOrigin))!;
  await expect.poll(() => widgetFrame.evaluate(() => (window as unknown as { focusedAtLoad?: string }).focusedAtLoad)).toBe('offscreen');
  const received = () => widgetFrame.evaluate(() => (window as unknown as { received: string[] }).received);

  // The widget holds the focus: a click on the report brings the keys back to it (no field is chosen by this).
  await page.click('#p1');
  await selectText(page, '#p2', '部分社区党组织活动形式单一');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织活动形式单一']);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await panel.getByRole('tab', { name: '评议意见' }).click();
  const problems = panel.getByTestId('form-section-problems');
  const expected = await problems.getByRole('textbox').inputValue();
  expect(expected).toContain('部分社区党组织活动形式单一');

  // Only the widget's script has focused a field: there is nothing to fill.
  await problems.getByRole('button', { name: '填入表单' }).click();
  await expect(panel.getByTestId('notice')).toContainText('页面上没有选中的输入框');
  await expect(problems.getByTestId('fill-confirm')).toHaveCount(0);

  // The reviewer clicks the form's field: the panel names the origin and the label, and waits.
  await page.click('#problems-field');
  await problems.getByRole('button', { name: '填入表单' }).click();
  const host = new URL(server.origin).host;
  await expect(problems.getByTestId('fill-confirm')).toContainText(`填入 ${host} 的「存在问题」栏？`);
  expect(await page.inputValue('#problems-field')).toBe('');
  await problems.getByRole('button', { name: '确认填入' }).click();
  await expect(panel.getByTestId('notice')).toContainText(`已把“存在问题”填入 ${host} 的「存在问题」栏`);
  expect(await page.inputValue('#problems-field')).toBe(expected);
  await expect(page.locator('#problems-state')).toHaveText(expected);
  await expect(widget.locator('#offscreen')).toHaveValue('');
  expect(await received()).toEqual([]);

  // A field in the cross-origin frame is named by that frame's origin; 取消 sends nothing.
  await widget.locator('#visible').click();
  await problems.getByRole('button', { name: '填入表单' }).click();
  const widgetHost = new URL(server.otherOrigin).host;
  await expect(problems.getByTestId('fill-confirm')).toContainText(`填入 ${widgetHost} 的「留言」栏？`);
  await problems.getByTestId('fill-confirm').getByRole('button', { name: '取消' }).click();
  await expect(problems.getByTestId('fill-confirm')).toHaveCount(0);
  expect(await received()).toEqual([]);

  // The widget moves the box the reviewer clicked off-screen: it is not filled, even when confirmed before.
  await problems.getByRole('button', { name: '填入表单' }).click();
  await expect(problems.getByTestId('fill-confirm')).toContainText(widgetHost);
  await widgetFrame.evaluate(() => Object.assign(document.getElementById('visible')!.style, { position: 'absolute', left: '-9999px' }));
  await problems.getByRole('button', { name: '确认填入' }).click();
  await expect(panel.getByTestId('notice')).toContainText('未能填入');
  // The hidden box is never offered again; the reviewer's earlier, still visible field is.
  await problems.getByRole('button', { name: '填入表单' }).click();
  await expect(problems.getByTestId('fill-confirm')).toContainText(`填入 ${host} 的「存在问题」栏？`);
  await problems.getByTestId('fill-confirm').getByRole('button', { name: '取消' }).click();
  expect(await received()).toEqual([]);
  await expect(widget.locator('#visible')).toHaveValue('');
});
