import { expect, highlightTexts, openPanelTab, tagSamplePassages, test } from './fixtures';
import { readPage } from './server';

test('a report reopened at another URL after edits: moved passages re-anchor, a deleted one is listed as 未能定位', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html?ticket=monday`);
  await tagSamplePassages(page);

  // The OA system serves a revised report the next day, with a new session ticket in the URL:
  // a sentence inserted before the passages, a character changed in one, one passage removed.
  const revised = readPage('report.html')
    .replace('<p id="p1">', '<p id="p0">本年度街道党工委认真履行管党治党政治责任。</p>\n<p id="p1">')
    .replace('新发展党员二十三名', '新发展党员二十三人')
    .replace(/<p id="p7">.*<\/p>/, '<p id="p7">明年将研究制定具体方案。</p>');
  server.override('/report.html', revised);
  try {
    await page.goto(`${server.origin}/report.html?ticket=tuesday`);
    await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['个别党员参加组织生活不够经常']);
    await expect.poll(() => highlightTexts(page, 'achievement')).toEqual(['新发展党员二十三人']);
    expect(await highlightTexts(page, 'measure')).toEqual([]);

    const panel = await openPanelTab(context, serviceWorker, extensionId, page);
    await expect(panel.getByTestId('annotation')).toHaveCount(3);
    const moved = panel.getByTestId('annotation').filter({ hasText: '新发展党员二十三名' });
    await expect(moved).toContainText('待确认');
    const lost = panel.getByTestId('annotation').filter({ hasText: '每季度开展一次述职点评' });
    await expect(lost).toContainText('未能定位');
    await expect(panel.getByTestId('summary')).toContainText('1 条未能定位');
    const steady = panel.getByTestId('annotation').filter({ hasText: '个别党员参加组织生活不够经常' });
    await expect(steady).not.toContainText('待确认');
  } finally {
    server.override('/report.html', null);
  }
});
