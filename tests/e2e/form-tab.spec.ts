import { chromium, type Page } from '@playwright/test';
import { expect, highlightTexts, launchForRealPanel, selectText, openPanelOpener, tabIdOf, test } from './fixtures';

/**
 * Issue 11, item 10: the assessment form is in another tab of the OA system. In the real side panel
 * (which follows the active tab), the report chosen in tab A stays while the reviewer is in the form's
 * tab B (another origin, both allowed), and 填入表单 fills the field they clicked there, after a
 * confirmation naming it. The form's own script-focused, off-screen field is never offered.
 */
test.setTimeout(180_000); // three tabs, the real panel over a second DevTools client, on a shared two-core machine

test('填入表单 fills the field clicked in the form’s tab; the panel keeps the report meanwhile', async ({ server }) => {
  const { context, devtoolsUrl, close } = await launchForRealPanel('formtab');
  try {
    const { worker, opener } = await openPanelOpener(context);

    // Tab A: the report, with one 问题.
    const report = await context.newPage();
    await report.goto(`${server.origin}/report.html`);
    await selectText(report, '#p4', '个别党员参加组织生活不够经常');
    await report.keyboard.press('Alt+Shift+2');
    await expect.poll(() => highlightTexts(report, 'problem')).toEqual(['个别党员参加组织生活不够经常']);

    // Tabs B and C: the assessment form on another origin (two copies: the most recent click wins).
    const openForm = async (title: string) => {
      const form = await context.newPage();
      await form.goto(`${server.otherOrigin}/assessment-form.html?title=${encodeURIComponent(title)}`);
      await expect.poll(() => form.evaluate(() => (window as unknown as { focusedAtLoad?: string }).focusedAtLoad)).toBe('hidden-notes');
      return form;
    };
    const formB = await openForm('评议表B');
    const formC = await openForm('评议表C');

    // The real panel, opened on the report's tab for the whole window.
    const reportTabId = await tabIdOf(worker, report);
    await opener.evaluate((id) => chrome.tabs.get(id).then((tab) => chrome.sidePanel.open({ windowId: tab.windowId })), reportTabId);
    const cdp = await chromium.connectOverCDP(devtoolsUrl);
    try {
      const findPanel = () => cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().endsWith('/sidepanel.html'));
      await expect.poll(() => Boolean(findPanel())).toBe(true);
      const panel: Page = findPanel()!;
      // The real panel gets the browser's own language (English here), not the pages' emulated zh-CN.
      // The headless side panel draws no frames, so Playwright's pointer clicks (which wait for a stable
      // box) never happen there: the panel's controls are clicked as a screen reader would, by the DOM event.
      const press = (locator: ReturnType<Page['locator']>) => locator.dispatchEvent('click');
      const title = '青禾街道党工委书记抓基层党建工作述职报告';
      await expect(panel.getByRole('heading', { level: 1 })).toContainText(title);
      await press(panel.getByRole('tab', { name: 'Assessment' }));
      const problems = panel.getByTestId('form-section-problems');
      const expected = await problems.getByRole('textbox').inputValue();
      expect(expected).toContain('个别党员参加组织生活不够经常');
      await expect(panel.getByTestId('report-tab-bar')).toHaveCount(0);

      // The reviewer switches to the form's tab: the panel keeps the report and says where it is.
      await formB.bringToFront();
      await expect(panel.getByTestId('report-tab-bar')).toContainText('Pingyue is still working on the report in another tab');
      await expect(panel.getByRole('heading', { level: 1 })).toContainText(title);
      await expect(panel.getByTestId('assessment-view')).not.toContainText('No annotated report on this page');
      await expect(problems.getByRole('textbox')).toHaveValue(expected);
      // The bar fits the panel: nothing sticks out sideways.
      expect(await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

      // Only the form's script has focused a field (off-screen): nothing is offered.
      await press(problems.getByRole('button', { name: 'Fill web form' }));
      await expect(panel.getByTestId('notice')).toContainText('No field selected on the page');
      await expect(problems.getByTestId('fill-confirm')).toHaveCount(0);

      // The reviewer clicks 存在问题 in C, then in B: B's is the latest, and the confirmation names it.
      const formHost = new URL(server.otherOrigin).host;
      await formC.bringToFront();
      await formC.click('#problems');
      await formB.bringToFront();
      await formB.click('#problems');
      await press(problems.getByRole('button', { name: 'Fill web form' }));
      await expect(problems.getByTestId('fill-confirm')).toContainText(`Fill the “存在问题” field on ${formHost} (in the tab “评议表B”)?`);
      expect(await formB.inputValue('#problems')).toBe('');
      await press(problems.getByRole('button', { name: 'Fill it' }));
      await expect(panel.getByTestId('notice')).toContainText(`was written into the “存在问题” field on ${formHost}`);
      expect(await formB.inputValue('#problems')).toBe(expected);
      expect(await formC.inputValue('#problems')).toBe('');
      expect(await formB.inputValue('#hidden-notes')).toBe('');

      // A later click in C makes C the one offered; 取消 writes nothing.
      await formC.bringToFront();
      await formC.click('#problems');
      await press(problems.getByRole('button', { name: 'Fill web form' }));
      await expect(problems.getByTestId('fill-confirm')).toContainText('(in the tab “评议表C”)');
      await press(problems.getByTestId('fill-confirm').getByRole('button', { name: 'Cancel' }));
      expect(await formC.inputValue('#problems')).toBe('');

      // The reviewer may work on the current tab instead, and come back to the report through the bar.
      const bar = panel.getByTestId('report-tab-bar');
      await bar.getByRole('combobox').selectOption({ label: 'The current tab' });
      await expect(panel.getByTestId('assessment-view')).toContainText('No annotated report on this page');
      await expect(bar).toHaveCount(0);
      await report.bringToFront();
      await expect(panel.getByRole('heading', { level: 1 })).toContainText(title);
      await expect(problems.getByRole('textbox')).toHaveValue(expected);
    } finally {
      await cdp.close();
    }
  } finally {
    await close();
  }
});
