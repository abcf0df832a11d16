import fs from 'node:fs';
import path from 'node:path';
import { expect, highlightTexts, openPanelTab, selectText, test } from './fixtures';

const DEMO = fs.readFileSync(path.resolve('demo/report.html'), 'utf8');
const OUTPUT = path.resolve('docs/screenshot.png');

/** Tags the demo report as a reviewer would and saves the README picture: the page beside the panel. */
test('the demo report with tagged passages and the side panel (README screenshot)', async ({ context, server, serviceWorker, extensionId }) => {
  server.override('/demo.html', DEMO);
  const page = await context.newPage();
  await page.setViewportSize({ width: 860, height: 760 });
  await page.goto(`${server.origin}/demo.html`);
  const tag = async (text: string, slot: number) => {
    await selectText(page, 'body', text);
    await page.keyboard.press(`Alt+Shift+${slot}`);
  };
  await tag('完成全镇十四个村“两委”换届', 1);
  await tag('部分村党组织书记抓党建的意识不够强', 2);
  await tag('进一步压实党建工作责任，不断提升基层党组织组织力', 3);
  await expect.poll(async () => (await highlightTexts(page, 'measure')).length).toBe(1);

  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await panel.setViewportSize({ width: 400, height: 760 });
  const card = panel.getByTestId('annotation').filter({ hasText: '部分村党组织书记' });
  await card.getByRole('button', { name: '编辑' }).click();
  await card.getByRole('textbox').fill('未点名具体村，也无数据支撑');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card).toContainText('未点名具体村');
  await page.evaluate(() => window.scrollTo(0, 330));

  const pageShot = (await page.screenshot()).toString('base64');
  const panelShot = (await panel.screenshot()).toString('base64');
  const board = await context.newPage();
  await board.setViewportSize({ width: 1268, height: 768 });
  await board.setContent(
    `<body style="margin:0;background:#cbd5e1;display:flex;gap:8px;padding:4px">` +
      `<img src="data:image/png;base64,${pageShot}"><img src="data:image/png;base64,${panelShot}"></body>`,
  );
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  await board.screenshot({ path: OUTPUT });
  expect(fs.statSync(OUTPUT).size).toBeGreaterThan(20_000);
});
