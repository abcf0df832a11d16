import { expect, highlightTexts, openPanelTab, test } from './fixtures';

test('体检 lists vague passages, underlines them, and turns one into an annotation', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/report.html`);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await panel.getByRole('tab', { name: /体检/ }).click();

  const problems = panel.getByTestId('rule-vague-problem');
  const measures = panel.getByTestId('rule-vague-measure');
  await expect(problems).toContainText('部分社区党组织书记抓党建的意识不够强');
  await expect(measures).toContainText('进一步加强基层党组织建设');
  // The dated, owned, counted measure is not flagged.
  await expect(panel.getByTestId('check-view')).not.toContainText('明年六月底前由街道组织办牵头');
  // Findings are underlined on the page in their own layer, apart from the tag layers.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('pingyue-check-error')?.size ?? 0)).toBeGreaterThanOrEqual(2);
  expect(await highlightTexts(page, 'problem')).toEqual([]);

  // One click: the finding becomes a 问题 annotation with the reason as its comment.
  const finding = problems.getByTestId('finding').filter({ hasText: '部分社区党组织书记' });
  await finding.getByRole('button', { name: '转为批注（问题）' }).click();
  await expect(finding.getByRole('button', { name: '已转为批注' })).toBeDisabled();
  await expect.poll(async () => (await highlightTexts(page, 'problem')).join('')).toContain('部分社区党组织书记抓党建的意识不够强');

  await panel.getByRole('tab', { name: /批注/ }).click();
  const card = panel.getByTestId('group-problem').getByTestId('annotation');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('问题表述笼统');
  // The annotation shows the checker's flag for its passage.
  await expect(card.getByTestId('flag')).toContainText('问题不实');

  // It remembers which rule it came from: the overview counts it as a flag with no checker run.
  await panel.getByRole('tab', { name: '全部报告' }).click();
  const row = panel.getByTestId('report-overview').getByTestId('overview-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
});
