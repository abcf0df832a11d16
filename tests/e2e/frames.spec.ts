import { expect, highlightTexts, selectText, test } from './fixtures';
import { clickToolbarTag } from './toolbar';

test('tags inside a same-origin and a cross-origin iframe and paints them again after a reload', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/framed.html`);
  const same = page.frameLocator('#same');
  const cross = page.frameLocator('#cross');
  await expect(same.locator('#p2')).toBeVisible();
  await expect(cross.locator('#b2')).toBeVisible();
  const sameFrame = page.frames().find((f) => f.url().includes('/report.html'))!;
  const crossFrame = page.frames().find((f) => f.url().includes('/report-b.html'))!;
  expect(new URL(crossFrame.url()).origin).not.toBe(new URL(page.url()).origin);

  // Same-origin frame: the toolbar, clicked with the mouse.
  await selectText(sameFrame, '#p2', '新发展党员二十三名');
  await clickToolbarTag(page, 'achievement');
  await expect.poll(() => highlightTexts(sameFrame, 'achievement')).toEqual(['新发展党员二十三名']);

  // Cross-origin frame: the keyboard command, with focus in that frame.
  await crossFrame.locator('#b2').click();
  await selectText(crossFrame, '#b2', '党员联系群众有待加强');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(crossFrame, 'problem')).toEqual(['党员联系群众有待加强']);

  // Nothing is painted in the wrong document.
  expect(await highlightTexts(page.mainFrame(), 'achievement')).toEqual([]);
  expect(await highlightTexts(crossFrame, 'achievement')).toEqual([]);

  await page.reload();
  const again = (path: string) => page.frames().find((f) => f.url().includes(path))!;
  await expect.poll(() => highlightTexts(again('/report.html'), 'achievement')).toEqual(['新发展党员二十三名']);
  await expect.poll(() => highlightTexts(again('/report-b.html'), 'problem')).toEqual(['党员联系群众有待加强']);
});
