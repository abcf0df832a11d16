import { highlightTexts, openPanelTab, selectText } from '../fixtures';
import { expect, flaggedCells, openInOa, panelFindings, storedReports, test } from './viewer-kit';

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

test('体检 reads a 问题清单 table in a docx preview by its columns: vague problem cells are flagged though their row has a deadline, and only the measure nobody owns; a flagged cell becomes an annotation on that cell', async ({ context, server, reports, serviceWorker, extensionId }) => {
  const { ledger } = reports;
  const page = await context.newPage();
  const frame = await openInOa(page, server.origin, { viewer: 'docx-viewer.html', file: '/files/ledger.docx' });
  await frame.locator('.docx-wrapper table').getByText(ledger.rows[0][1]).waitFor();

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('rule-vague-problem').getByTestId('finding')).toHaveCount(ledger.vagueProblems.length);
  const findings = await panelFindings(panel);
  // Each finding is one cell: its excerpt starts with it, not with the row's number or the cell before.
  expect(flaggedCells(findings, 'vague-problem', ledger.vagueProblems)).toEqual([...ledger.vagueProblems]);
  expect(flaggedCells(findings, 'vague-measure', ledger.vagueMeasures)).toEqual([...ledger.vagueMeasures]);
  // The cause column is not read as problems, and nothing else is flagged.
  expect(findings.map((f) => f.rule).sort()).toEqual(['vague-measure', 'vague-problem', 'vague-problem']);
  // And the flagged cells are underlined in the preview.
  await expect.poll(() => frame.evaluate(() => CSS.highlights.get('pingyue-check-error')?.size ?? 0)).toBe(findings.length);

  // One click turns a flagged cell into a 问题 annotation on exactly that cell of the table.
  const cell = ledger.vagueProblems[0];
  await panel.getByTestId('rule-vague-problem').getByTestId('finding').filter({ hasText: cell }).getByRole('button', { name: '转为批注（问题）' }).click();
  await expect.poll(() => highlightTexts(frame, 'problem')).toEqual([cell]);
});
