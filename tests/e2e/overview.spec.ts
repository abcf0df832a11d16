import { expect, openPanelTab, selectText, test } from './fixtures';

test('全部报告 opens on one row per report: notes, rating, rated or not, sortable', async ({ context, server, serviceWorker, extensionId }) => {
  const tag = async (path: string, selector: string, text: string, slot: number) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/${path}`);
    await selectText(page, selector, text);
    await page.keyboard.press(`Alt+Shift+${slot}`);
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].length)).toBeGreaterThan(0);
    return page;
  };
  const first = await tag('report.html', '#p4', '部分社区党组织书记抓党建的意识不够强', 2);
  await selectText(first, '#p6', '进一步加强基层党组织建设');
  await first.keyboard.press('Alt+Shift+3');
  await tag('report-b.html', '#b1', '全年开展志愿服务活动五十六场', 1);

  // Rate the first report.
  const panel = await openPanelTab(context, serviceWorker, extensionId, first);
  await panel.getByRole('tab', { name: '评议意见' }).click();
  await panel.getByRole('radio', { name: '较好' }).check();

  await panel.getByRole('tab', { name: '全部报告' }).click();
  const overview = panel.getByTestId('report-overview');
  await expect(overview.getByTestId('overview-row')).toHaveCount(2);
  await expect(panel.getByTestId('overview-count')).toHaveText('共 2 份报告，已评价 1 份，未评价 1 份');
  const rated = overview.getByTestId('overview-row').filter({ hasText: '青禾街道' });
  await expect(rated.getByRole('cell').first()).toHaveText('2');
  await expect(rated).toContainText('较好');
  await expect(overview.getByTestId('overview-row').filter({ hasNotText: '青禾街道' })).toContainText('未评价');

  // Unfinished first when sorted by rating in reverse, rated first in order.
  await overview.getByRole('button', { name: '评价' }).click();
  await expect(overview.getByRole('columnheader', { name: '评价' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(overview.getByTestId('overview-row').first()).toContainText('较好');
  await overview.getByRole('button', { name: '评价' }).click();
  await expect(overview.getByTestId('overview-row').first()).toContainText('未评价');

  // The annotation search is one click away.
  await panel.getByRole('button', { name: '按批注' }).click();
  await expect(panel.getByTestId('library-row')).toHaveCount(3);
});
