import { highlightTexts, openPanelTab, selectText } from '../fixtures';
import { clickToolbarTag } from '../toolbar';
import { expect, test } from './viewer-kit';

test('a plain report page whose text arrives 2 s after load: the open panel picks it up, the toolbar and Alt+Shift+2 tag it, 体检 checks it', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/viewers/late-report.html`);
  // The reviewer opens the panel while the page is still loading its report.
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(page.locator('#a1')).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByText('本报告尚无批注', { exact: false }), 'the panel sees the report once its text arrives').toBeVisible();
  await expect(panel.getByText('此页面没有可批注的文字', { exact: false })).toBeHidden();

  await page.bringToFront();
  await selectText(page, '#a1', '新发展党员十一名');
  await clickToolbarTag(page, 'achievement');
  await expect.poll(() => highlightTexts(page, 'achievement')).toEqual(['新发展党员十一名']);
  await selectText(page, '#b1', '一些村党组织书记带头致富能力不强');
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['一些村党组织书记带头致富能力不强']);
  await expect(panel.getByTestId('annotation')).toHaveCount(2);

  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('rule-vague-problem')).toContainText('一些村党组织书记带头致富能力不强');
  await expect(panel.getByTestId('rule-vague-measure')).toContainText('进一步加强村级组织建设');
  await expect(panel.getByTestId('check-view')).not.toContainText('2027年4月底前由乡组织委员牵头');
});
