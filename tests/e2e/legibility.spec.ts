import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, launchWithExtension, openPanelTab, selectText, serviceWorkerOf, test } from './fixtures';

const VIEWS = [
  { key: 'annotations', zh: /^批注/, en: /^Annotations/ },
  { key: 'check', zh: /^体检/, en: /^Check/ },
  { key: 'assessment', zh: /^评议意见/, en: /^Assessment/ },
  { key: 'library', zh: /^全部报告/, en: /^All reports/ },
] as const;
const SCREENSHOTS = path.resolve('docs/screenshots');

/** A report with three tagged passages (one with a long comment), as a reviewer leaves it. */
async function tagReport(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/report.html`);
  const tag = async (selector: string, text: string, slot: number) => {
    await selectText(page, selector, text);
    await page.keyboard.press(`Alt+Shift+${slot}`);
  };
  await tag('#p1', '书记讲党课四次', 1);
  await tag('#p4', '部分社区党组织书记抓党建的意识不够强', 2);
  await tag('#p6', '进一步加强基层党组织建设', 3);
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('pingyue-tag-measure')?.size ?? 0)).toBe(1);
  return page;
}

async function panelFor(context: BrowserContext, worker: Worker, page: Page): Promise<Page> {
  const extensionId = new URL(worker.url()).host;
  const panel = await openPanelTab(context, worker, extensionId, page);
  await expect(panel.getByTestId('annotation')).toHaveCount(3);
  return panel;
}

/** Computed font size (px) of the first element matching `selector`. */
const fontSize = (panel: Page, selector: string) =>
  panel.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** Elements that stick out to the right of the viewport, or a page that scrolls sideways. */
const overflow = (panel: Page) =>
  panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 30)}`);
    if (document.documentElement.scrollWidth > width) out.unshift(`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    return out;
  });

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the panel reads at the browser font size, its views are a keyboard tab list, and it and the options page meet WCAG AA', async ({ context, server, serviceWorker, extensionId, userDataDir }) => {
  test.setTimeout(180_000); // axe on four views, the options page, and a second browser start
  const page = await tagReport(context, server.origin);
  const panel = await panelFor(context, serviceWorker, page);

  // Reviewer text is at least body size and never smaller than the controls.
  const quote = await fontSize(panel, '[data-testid="annotation"] .quote');
  const body = await fontSize(panel, 'body');
  const control = await fontSize(panel, '[data-testid="annotation"] select');
  expect(body).toBeGreaterThanOrEqual(14);
  expect(quote).toBeGreaterThanOrEqual(Math.max(body, control));

  // Keyboard: the views are one tab stop; arrow keys move between them.
  await panel.getByRole('tab', { name: /^批注/ }).focus();
  await panel.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: /^体检/ })).toBeFocused();
  await expect(panel.getByRole('tab', { name: /^体检/ })).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('End');
  await expect(panel.getByRole('tab', { name: /^全部报告/ })).toHaveAttribute('aria-selected', 'true');
  await panel.keyboard.press('Home');
  await expect(panel.getByRole('tab', { name: /^批注/ })).toHaveAttribute('aria-selected', 'true');

  for (const view of VIEWS) {
    await panel.getByRole('tab', { name: view.zh }).click();
    await expect(panel.getByRole('tabpanel')).toBeVisible();
    expect(await seriousViolations(panel), `axe on the ${view.key} view`).toEqual([]);
  }
  await panel.getByRole('button', { name: '导入与导出' }).click();
  await expect(panel.getByTestId('transfer-place')).toBeVisible();
  expect(await seriousViolations(panel), 'axe on 导入与导出').toEqual([]);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(options), 'axe on the options page').toEqual([]);

  // A larger default font size in the browser's settings makes the panel's text larger too.
  await context.close();
  const preferences = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(preferences, 'utf8'));
  prefs.webkit = { ...prefs.webkit, webprefs: { ...prefs.webkit?.webprefs, default_font_size: 24 } };
  fs.writeFileSync(preferences, JSON.stringify(prefs));
  const larger = await launchWithExtension(userDataDir);
  try {
    const worker = await serviceWorkerOf(larger);
    const reopened = await larger.newPage();
    await reopened.goto(`${server.origin}/report.html`);
    const biggerPanel = await panelFor(larger, worker, reopened);
    expect(await fontSize(biggerPanel, '[data-testid="annotation"] .quote')).toBeCloseTo((quote * 24) / 16, 0);
    expect(await fontSize(biggerPanel, 'body')).toBeGreaterThan(body);
  } finally {
    await larger.close();
  }
});

for (const locale of ['zh-CN', 'en-US'] as const) {
  test(`every view at 360 and 320 px in ${locale}: no overflow (docs/screenshots)`, async ({ server, userDataDir }) => {
    test.setTimeout(180_000); // 16 views laid out, measured and captured
    const context = await launchWithExtension(userDataDir, { locale });
    try {
      const worker = await serviceWorkerOf(context);
      const page = await tagReport(context, server.origin);
      const panel = await panelFor(context, worker, page);
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      for (const width of [360, 320]) {
        await panel.setViewportSize({ width, height: 720 });
        for (const view of VIEWS) {
          await panel.getByRole('tab', { name: view[lang] }).click();
          await expect(panel.getByRole('tabpanel')).toBeVisible();
          if (view.key === 'check') await expect(panel.getByTestId('check-view')).toBeVisible();
          expect(await overflow(panel), `${view.key} at ${width} px`).toEqual([]);
          await panel.screenshot({ path: path.join(SCREENSHOTS, `panel-${view.key}-${width}-${lang}.png`) });
        }
        // 导入与导出, unfolded at the foot of the panel.
        const transferToggle = panel.locator('button.transfer-toggle');
        await transferToggle.click();
        await expect(panel.getByTestId('transfer-place')).toBeVisible();
        expect(await overflow(panel), `import and export at ${width} px`).toEqual([]);
        await panel.screenshot({ path: path.join(SCREENSHOTS, `panel-transfer-${width}-${lang}.png`) });
        await transferToggle.click();
      }
    } finally {
      await context.close();
    }
  });
}
