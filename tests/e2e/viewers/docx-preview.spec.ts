import { highlightTexts, openPanelTab, selectText } from '../fixtures';
import { expect, openInOa, storedReports, test } from './viewer-kit';

// Slow viewers (seconds to draw, twice per test) on a shared 2-core machine under heavy load: room
// beyond the suite's 60 s (the pdf.js spec took 2.6 min at a load average of 30).
test.describe.configure({ timeout: 240_000 });

test('a docx-preview frame that renders late, in an OA page, is tagged and comes back painted when the report is reopened', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const passage = '为5个没有固定场所的小区党支部落实活动阵地';
  const page = await context.newPage();
  let frame = await openInOa(page, server.origin, { viewer: 'docx-viewer.html' });
  await frame.getByText(passage, { exact: false }).waitFor();
  await frame.locator('body').click({ position: { x: 2, y: 2 } }); // focus in the frame
  await selectText(frame, '.docx-wrapper', passage);
  await page.keyboard.press('Alt+Shift+3');
  await expect.poll(() => highlightTexts(frame, 'measure')).toEqual([passage]);

  // Reopened: a new session token, the preview drawn late again.
  frame = await openInOa(page, server.origin, { viewer: 'docx-viewer.html' });
  await expect.poll(() => highlightTexts(frame, 'measure'), { timeout: 20_000 }).toEqual([passage]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 }), "named by the report's title line, not 文档预览").toHaveText(reports.docx.model.title);
  await expect(panel.getByTestId('annotation')).toHaveCount(1);
  await expect(panel.getByTestId('annotation')).toContainText(passage);
  expect(await storedReports(panel)).toHaveLength(1);
});
