import type { Page } from '@playwright/test';
import { highlightTexts, openPanelTab } from '../fixtures';
import { cliFindings, expect, panelFindings, test, unmatchedFindings } from './viewer-kit';

// HTML converted from a PDF or Word file (pdf2htmlEX, WPS-style converters): every visual line an
// absolutely positioned box, line breaks only visual, page 2 one positioned span per character.
// The reviewer drags across line ends with the mouse, as they would on such a page.

// Room for the CLI run (npx tsx) on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const ACROSS_LINES = '牵头成立物业服务联合党支部3个，推动12个小区成立业主委员会';
const PROBLEM = '快递员、外卖骑手中的党员底数不清';
const PER_CHARACTER = '在辖区3个快递网点建成“骑手驿站”，由社区副书记负责';

/** Drags the mouse from the first to the last character of `passage`, which may span several line boxes. */
async function dragSelect(page: Page, passage: string): Promise<void> {
  const { from, to, boxes } = await page.evaluate((passage) => {
    const nodes: { node: Text; at: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(document.getElementById('page-container')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, at: text.length });
      text += node.data;
    }
    const start = text.indexOf(passage);
    if (start < 0) throw new Error(`not on the page: ${passage}`);
    const charAt = (offset: number) => {
      const { node, at } = nodes.findLast((n) => n.at <= offset)!;
      const range = document.createRange();
      range.setStart(node, offset - at);
      range.setEnd(node, offset - at + 1);
      return range;
    };
    charAt(start).startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const first = charAt(start).getBoundingClientRect();
    const last = charAt(start + passage.length - 1).getBoundingClientRect();
    const lineOf = (offset: number) => charAt(offset).startContainer.parentElement!.closest('.t');
    const boxes = new Set(Array.from({ length: passage.length }, (_, i) => lineOf(start + i))).size;
    return { from: { x: first.left + 2, y: first.top + first.height / 2 }, to: { x: last.right - 2, y: last.top + last.height / 2 }, boxes };
  }, passage);
  expect(boxes, 'the passage runs over more than one line box').toBeGreaterThan(1);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ''))).toBe(passage);
}

test('HTML converted from PDF/Word, a positioned box per line (or per character): passages dragged across line ends are tagged, come back on reopening, and 体检 reads whole sentences', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/viewers/converted-report.html`);

  await dragSelect(page, ACROSS_LINES);
  await page.keyboard.press('Alt+Shift+1');
  await expect.poll(() => highlightTexts(page, 'achievement')).toEqual([ACROSS_LINES]);
  await dragSelect(page, PROBLEM);
  await page.keyboard.press('Alt+Shift+2');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual([PROBLEM]);
  await dragSelect(page, PER_CHARACTER);
  await page.keyboard.press('Alt+Shift+3');
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual([PER_CHARACTER]);

  await page.reload();
  await expect.poll(() => highlightTexts(page, 'achievement'), { message: 'painted again on reopening' }).toEqual([ACROSS_LINES]);
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual([PROBLEM]);
  await expect.poll(() => highlightTexts(page, 'measure')).toEqual([PER_CHARACTER]);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(3);
  await expect(panel.getByText('未能定位')).toHaveCount(0);
  await expect(panel.getByTestId('annotation').filter({ hasText: PER_CHARACTER })).toHaveCount(1);

  // 体检 reads sentences, not line boxes: what the CLI finds on the report's own paragraphs.
  const paragraphs = (await page.evaluate<[string, string][][]>('PAGES')).flat().map(([, text]) => text); // the page's own source lines
  await panel.getByRole('tab', { name: /体检/ }).click();
  await expect(panel.getByTestId('finding').first()).toBeVisible();
  const { missing, extra } = unmatchedFindings(cliFindings(paragraphs.join('\n')), await panelFindings(panel));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  await expect(panel.getByTestId('rule-vague-measure'), 'page 2, one span per character, is read too').toContainText('进一步加强基层党组织建设');
  await expect(panel.getByTestId('check-view')).not.toContainText('2027年6月底前');
});
