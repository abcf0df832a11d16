import type { Frame, Page } from '@playwright/test';
import { highlightTexts, openPanelTab, selectText } from '../fixtures';
import { expect, storedReports, test } from './viewer-kit';

// An OA shell frames a document service from another origin, which writes the report into a srcdoc
// frame of its own (about:srcdoc, the service's origin): the text is two frames down.

const PASSAGE = '立案查处违法案件86件，罚没款312万元';
const PROBLEM = '部分执法人员对新领域监管业务不熟悉';

/** The srcdoc frame holding the report, once its text is there. */
async function reportFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url() === 'about:srcdoc' && f.parentFrame()?.url().includes('/viewers/nested-viewer.html')), { message: 'the viewer writes the report frame' }).toBe(true);
  const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
  await frame.locator('#p1').waitFor();
  return frame;
}

test('a report in a srcdoc frame inside a cross-origin viewer frame of an OA shell: tagged, listed, and painted again on reopening', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/viewers/nested-shell.html`);
  let frame = await reportFrame(page);
  expect(new URL(frame.parentFrame()!.url()).origin, 'the viewer is on another origin than the shell').not.toBe(server.origin);

  await frame.locator('h1').click(); // focus in the report frame
  await selectText(frame, '#p1', PASSAGE);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => highlightTexts(frame, 'achievement')).toEqual([PASSAGE]);
  await selectText(frame, '#p3', PROBLEM);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(frame, 'problem')).toEqual([PROBLEM]);

  // Reopened: a new session, the srcdoc frame written again.
  await page.reload();
  frame = await reportFrame(page);
  await expect.poll(() => highlightTexts(frame, 'achievement'), { message: 'painted again', timeout: 20_000 }).toEqual([PASSAGE]);
  await expect.poll(() => highlightTexts(frame, 'problem')).toEqual([PROBLEM]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('东港区市场监管局局长2026年度述职报告');
  await expect(panel.getByTestId('annotation')).toHaveCount(2);
  await expect(panel.getByText('未能定位')).toHaveCount(0);
  expect(await storedReports(panel)).toHaveLength(1);

  // Click-to-scroll from the panel reaches the passage two frames down.
  await panel.getByTestId('annotation').filter({ hasText: PROBLEM }).locator('button.quote').click();
  await expect(panel.getByText('未能在页面上找到这段文字')).toHaveCount(0);
  await expect.poll(() => frame.evaluate(() => CSS.highlights.get('pingyue-flash')?.size ?? 0), { intervals: [100] }).toBeGreaterThan(0);
});
