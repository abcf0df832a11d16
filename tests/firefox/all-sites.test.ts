import fs from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '../e2e/server';
import {
  clickButton,
  frameOf,
  highlightTexts,
  launchFirefox,
  nextDownload,
  openExtensionPage,
  openPage,
  selectText,
  tabIdOf,
  waitForContentScript,
  textOf,
  waitFor,
  welcomePage,
  type Firefox,
  type FirefoxOnlyApi,
} from './firefox';
import { firefoxSuite } from './suite';
import { clickToolbarTag, selectForToolbar, typeToolbarComment } from './toolbar';
import { openPanelWindow, pressTagKey } from './viewer-kit';

/**
 * One reviewer's day in Firefox, in order: install, grant 所有网站 on the welcome page, tag, reload,
 * read the panel and the sidebar, 体检, export; then the export goes into a fresh profile.
 * The steps share one browser (starting Firefox is the slow part), so each builds on the one before.
 */

const SRCDOC_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>OA 正文预览</title></head>
<body>
<iframe id="srcdoc" style="width:900px;height:200px" srcdoc="&lt;p id=&quot;s1&quot;&gt;全年走访困难党员四十二户，落实帮扶资金八万元。&lt;/p&gt;&lt;p id=&quot;s2&quot;&gt;个别支部三会一课记录不够规范。&lt;/p&gt;"></iframe>
<iframe id="blank" style="width:900px;height:200px"></iframe>
<script>
  // What OA shells do with a report they fetched themselves: put it into an empty frame.
  // (Not with document.open/write: that erases the listeners of a content script already running in the
  // frame, in Chrome as in Firefox.)
  document.getElementById('blank').contentDocument.body.innerHTML =
    '<p id="w1">谈心谈话覆盖全体班子成员。</p><p id="w2">整改措施还停留在口头上。</p>';
</script>
</body></html>`;

const suite = firefoxSuite();
let server: TestServer;
let firefox: Firefox;
let welcome: Page;
let report: Page;
let panel: Page;
let exportFile: string;

beforeAll(() => {
  ({ server, firefox } = suite);
  server.override('/srcdoc.html', SRCDOC_PAGE);
});

const registeredScripts = (page: Page) =>
  page.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, allFrames: s.allFrames, matchOriginAsFallback: s.matchOriginAsFallback })));

/** The text of each range of a tag's highlight and the id of the paragraph it sits in. */
const paintedRanges = (target: Page, tagId: string) =>
  target.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => ({ text: (r as Range).toString(), in: (r as Range).startContainer.parentElement?.id })),
    `pingyue-tag-${tagId}`,
  );

describe('Firefox, 所有网站', () => {
  test('a real click on the welcome page’s 所有网站 grants every site, and a report opened before it gets Pingyue', async () => {
    report = await openPage(firefox, `${server.origin}/report.html`);
    welcome = await welcomePage(firefox);
    expect(await welcome.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual([]);
    await welcome.bringToFront();
    await clickButton(welcome, '所有网站');
    await waitFor(() => welcome.evaluate(async () => (await browser.permissions.getAll()).origins ?? []), (o) => o.includes('<all_urls>'), '<all_urls> granted');
    expect(await waitFor(() => registeredScripts(welcome), (s) => s.length === 1, 'the content script registered')).toEqual([
      { matches: ['<all_urls>'], allFrames: true, matchOriginAsFallback: true },
    ]);
    // The report was open before the grant: the background injects the script, no reload needed.
    await waitForContentScript(welcome, await tabIdOf(welcome, report));
  });

  test('tags with the toolbar (成绩, then a comment) and with the page key Alt+Shift+2, and paints the right ranges', async () => {
    await report.bringToFront();
    await selectText(report, '#p2', '新发展党员二十三名');
    await clickToolbarTag(firefox.browser, report, 'achievement');
    await typeToolbarComment(firefox.browser, report, report, '数字具体，有对比');
    expect(await waitFor(() => paintedRanges(report, 'achievement'), (r) => r.length === 1, 'the 成绩 highlight')).toEqual([
      { text: '新发展党员二十三名', in: 'p2' },
    ]);

    await selectText(report, '#p4', '部分社区党组织书记抓党建的意识不够强');
    await report.keyboard.down('Alt');
    await report.keyboard.down('Shift');
    await report.keyboard.press('Digit2');
    await report.keyboard.up('Shift');
    await report.keyboard.up('Alt');
    expect(await waitFor(() => paintedRanges(report, 'problem'), (r) => r.length === 1, 'the 问题 highlight')).toEqual([
      { text: '部分社区党组织书记抓党建的意识不够强', in: 'p4' },
    ]);
    // No wrapper elements around the text: the highlight API paints without touching the DOM.
    expect(await report.$eval('#p4', (p) => p.childElementCount)).toBe(0);
  });

  test('paints both again after a reload', async () => {
    await report.reload({ waitUntil: 'load' });
    await waitFor(() => highlightTexts(report, 'achievement'), (t) => t.length === 1, 'the 成绩 highlight after reload');
    expect(await highlightTexts(report, 'achievement')).toEqual(['新发展党员二十三名']);
    expect(await waitFor(() => highlightTexts(report, 'problem'), (t) => t.length === 1, 'the 问题 highlight after reload')).toEqual([
      '部分社区党组织书记抓党建的意识不够强',
    ]);
  });

  test('the panel page, opened as a tab on the report, lists both with the comment', async () => {
    const tabId = await tabIdOf(welcome, report);
    panel = await openExtensionPage(firefox, welcome, `/sidepanel.html?tabId=${tabId}`);
    await waitFor(() => textOf(panel, '[data-testid="group-problem"]'), (t) => t.includes('部分社区党组织书记抓党建的意识不够强'), 'the 问题 group');
    expect(await textOf(panel, '[data-testid="group-achievement"]')).toContain('新发展党员二十三名');
    expect(await textOf(panel, '[data-testid="group-achievement"]')).toContain('数字具体，有对比');
    expect(await textOf(panel, '[data-testid="summary"]')).toContain('共 2 条批注');
  });

  test('a real click on a highlight selects its card in the panel (Firefox cannot open the sidebar from it)', async () => {
    await report.bringToFront();
    const point = await report.evaluate(() => {
      const text = document.querySelector('#p4')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 6);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await report.mouse.click(point.x, point.y);
    const selected = () => panel.evaluate(() => document.querySelector('[data-testid="annotation"][aria-current="true"]')?.textContent ?? '');
    expect(await waitFor(selected, (t) => t.length > 0, 'the clicked card selected')).toContain('部分社区党组织书记抓党建的意识不够强');
  });

  test('the real sidebar (sidebar_action) opens on a user click and lists the active tab’s annotations', async () => {
    // sidebarAction.toggle() is allowed only inside a user action: a real click on an extension page.
    // (The toolbar button, whose click does the same, is browser chrome that BiDi cannot click.)
    await welcome.bringToFront();
    await welcome.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'test: toggle the sidebar';
      // What the background does when the toolbar button is clicked.
      button.addEventListener('click', () => void (browser as unknown as FirefoxOnlyApi).sidebarAction.toggle());
      document.body.prepend(button);
    });
    const isOpen = () => welcome.evaluate(() => (browser as unknown as FirefoxOnlyApi).sidebarAction.isOpen({}));
    // Firefox opens an add-on's sidebar when it is installed (sidebar_action.open_at_install).
    if (await isOpen()) {
      await clickButton(welcome, 'test: toggle the sidebar');
      await waitFor(isOpen, (open) => !open, 'the sidebar closed');
    }
    await clickButton(welcome, 'test: toggle the sidebar');
    await waitFor(isOpen, (open) => open, 'the sidebar open');
    // The sidebar follows the active tab of its window.
    await report.bringToFront();
    // Its document is not a tab, so BiDi does not see it; another extension page can read it.
    const sidebarText = () =>
      welcome.evaluate(() => (browser as unknown as FirefoxOnlyApi).extension.getViews({ type: 'sidebar' }).map((view) => view.document.body.innerText).join('\n'));
    const shown = await waitFor(sidebarText, (t) => t.includes('部分社区党组织书记抓党建的意识不够强'), 'the sidebar listing the report');
    expect(shown).toContain('新发展党员二十三名');
    expect(shown).toContain('青禾街道党工委书记抓基层党建工作述职报告');

    // 备份全部批注 (in 导入与导出) from the sidebar saves into the Downloads folder, as from a tab.
    const clickInSidebar = (name: string) =>
      welcome.evaluate((name) => {
        const [view] = (browser as unknown as FirefoxOnlyApi).extension.getViews({ type: 'sidebar' });
        const button = [...view!.document.querySelectorAll('button')].find((b) => b.textContent === name);
        button?.click();
        return button !== undefined;
      }, name);
    await waitFor(() => clickInSidebar('导入与导出'), (clicked) => clicked, 'the 导入与导出 toggle');
    await waitFor(() => clickInSidebar('备份全部批注'), (clicked) => clicked, 'the 备份全部批注 button');
    const file = await nextDownload(firefox, '.pingyue.json', []);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).annotations).toHaveLength(2);
    fs.rmSync(file);

    await welcome.bringToFront();
    await clickButton(welcome, 'test: toggle the sidebar');
    await waitFor(isOpen, (open) => !open, 'the sidebar closed');
  });

  test('体检 lists vague passages and underlines them on the page', async () => {
    await panel.bringToFront();
    await clickButton(panel, '体检');
    await waitFor(() => textOf(panel, '[data-testid="rule-vague-measure"]'), (t) => t.includes('进一步加强基层党组织建设'), 'the 措施空泛 finding');
    expect(await textOf(panel, '[data-testid="check-view"]')).not.toContain('明年六月底前由街道组织办牵头');
    await waitFor(() => report.evaluate(() => CSS.highlights.get('pingyue-check-error')?.size ?? 0), (n) => n >= 2, 'findings underlined on the page');
    await clickButton(panel, '批注');
  });

  test('备份全部批注 downloads a valid export file', async () => {
    await clickButton(panel, '导入与导出');
    await clickButton(panel, '备份全部批注');
    exportFile = await nextDownload(firefox, '.pingyue.json', []);
    const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
    expect(exported.format).toBe('pingyue/annotations');
    expect(exported.annotations.map((a: { anchor: { quote: { exact: string } } }) => a.anchor.quote.exact).sort()).toEqual([
      '新发展党员二十三名',
      '部分社区党组织书记抓党建的意识不够强',
    ]);
  });

  test('tags in a cross-origin frame, and in the srcdoc and about:blank frames an OA page fills', async () => {
    const framed = await openPage(firefox, `${server.origin}/framed.html`);
    const cross = frameOf(framed, '/report-b.html');
    expect(new URL(cross.url()).origin).toBe(server.otherOrigin);
    await waitFor(() => textOf(cross, '#b2'), (t) => t.length > 0, 'the cross-origin frame');
    await cross.click('#b2');
    await selectForToolbar(firefox.browser, cross, '#b2', '党员联系群众有待加强');
    await clickToolbarTag(firefox.browser, cross, 'problem');
    expect(await waitFor(() => highlightTexts(cross, 'problem'), (t) => t.length === 1, 'the highlight in the cross-origin frame')).toEqual(['党员联系群众有待加强']);
    expect(await highlightTexts(framed, 'problem')).toEqual([]);

    const page = await openPage(firefox, `${server.origin}/srcdoc.html`);
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    const blank = page.frames().find((f) => f.url() === 'about:blank')!;
    expect(srcdoc && blank).toBeTruthy();
    await selectForToolbar(firefox.browser, srcdoc, '#s2', '三会一课记录不够规范');
    await clickToolbarTag(firefox.browser, srcdoc, 'problem');
    expect(await waitFor(() => highlightTexts(srcdoc, 'problem'), (t) => t.length === 1, 'the highlight in the srcdoc frame')).toEqual(['三会一课记录不够规范']);
    await selectForToolbar(firefox.browser, blank, '#w2', '整改措施还停留在口头上');
    await clickToolbarTag(firefox.browser, blank, 'problem');
    expect(await waitFor(() => highlightTexts(blank, 'problem'), (t) => t.length === 1, 'the highlight in the about:blank frame')).toEqual(['整改措施还停留在口头上']);

    await page.reload({ waitUntil: 'load' });
    const again = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    expect(await waitFor(() => highlightTexts(again, 'problem'), (t) => t.length === 1, 'the srcdoc highlight after reload')).toEqual(['三会一课记录不够规范']);
  });

  test('a page that records every key and input event in capture phase sees nothing of a comment typed in the toolbar', async () => {
    type Logged = { type: string; key?: string | null };
    const page = await openPage(firefox, `${server.origin}/keylogger.html`);
    const pageLog = () => page.evaluate(() => (window as unknown as { __log: Logged[] }).__log);
    // The recorder works: the page's own field logs every key.
    await page.focus('#own');
    await page.keyboard.type('abc');
    expect((await pageLog()).some((e) => e.type === 'keydown' && e.key === 'b')).toBe(true);

    await selectForToolbar(firefox.browser, page, '#p2', '部分社区党组织书记抓党建的意识不够强');
    await clickToolbarTag(firefox.browser, page, 'problem');
    const before = (await pageLog()).length;
    await typeToolbarComment(firefox.browser, page, page, 'Vague 约谈哪些社区');
    expect(await waitFor(() => highlightTexts(page, 'problem'), (t) => t.length === 1, 'the 问题 highlight')).toEqual(['部分社区党组织书记抓党建的意识不够强']);

    const log = await pageLog();
    const inputTypes = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste'];
    expect(log.slice(before).filter((e) => inputTypes.includes(e.type))).toEqual([]);
    const recorded = JSON.stringify(log);
    expect(recorded).not.toContain('Vague');
    expect(recorded).not.toContain('约谈');
    // … and the comment was saved: the panel lists it.
    const keyloggerPanel = await openExtensionPage(firefox, welcome, `/sidepanel.html?tabId=${await tabIdOf(welcome, page)}`);
    expect(await waitFor(() => textOf(keyloggerPanel, '[data-testid="group-problem"]'), (t) => t.includes('Vague 约谈哪些社区'), 'the comment in the panel')).toContain(
      '部分社区党组织书记抓党建的意识不够强',
    );
    await keyloggerPanel.close();
    await page.close();
  });

  test('填入表单 fills only the field the reviewer clicked, after a confirmation naming its site; a self-focusing widget frame gets nothing', async () => {
    const page = await openPage(firefox, `${server.origin}/fill-shell.html`);
    const widget = frameOf(page, '/fill-widget.html');
    await waitFor(() => widget.evaluate(() => (window as unknown as { focusedAtLoad?: string }).focusedAtLoad), (id) => id === 'offscreen', 'the widget focusing its off-screen box');
    const received = () => widget.evaluate(() => (window as unknown as { received: string[] }).received);
    // The widget holds the focus: a click on the report brings the keys back to it (it chooses no field).
    await page.click('#p1');
    await selectForToolbar(firefox.browser, page, '#p2', '部分社区党组织活动形式单一');
    await pressTagKey(page, 2);
    await waitFor(() => highlightTexts(page, 'problem'), (t) => t.length === 1, 'the 问题 highlight');

    const formPanel = await openPanelWindow(firefox, welcome, await tabIdOf(welcome, page));
    await clickButton(formPanel, '评议意见');
    const section = '[data-testid="form-section-problems"]';
    const clickInSection = (name: string) => clickButton(formPanel, name, 15_000, section);
    const expected = await waitFor(() => formPanel.$eval(`${section} textarea`, (t) => (t as HTMLTextAreaElement).value), (v) => v.includes('部分社区党组织活动形式单一'), 'the 存在问题 draft');

    // Only the widget's script focused a field: nothing to fill.
    await clickInSection('填入表单');
    await waitFor(() => textOf(formPanel, '[data-testid="notice"]'), (t) => t.includes('页面上没有选中的输入框'), 'nothing to fill');

    // The reviewer clicks the form's field: the panel names its site and label, and fills only after 确认填入.
    await page.bringToFront();
    await page.click('#problems-field');
    const host = new URL(server.origin).host;
    await clickInSection('填入表单');
    await waitFor(() => textOf(formPanel, '[data-testid="fill-confirm"]'), (t) => t.includes(`填入 ${host} 的「存在问题」栏？`), 'the confirmation naming the site');
    expect(await page.$eval('#problems-field', (t) => (t as HTMLTextAreaElement).value)).toBe('');
    await clickInSection('确认填入');
    expect(await waitFor(() => page.$eval('#problems-field', (t) => (t as HTMLTextAreaElement).value), (v) => v.length > 0, 'the field filled')).toBe(expected);
    expect(await textOf(page, '#problems-state')).toBe(expected);
    expect(await received()).toEqual([]);
    await formPanel.close();
    await page.close();
  });

  test('a copy of the report on another origin is left unpainted until the reviewer says 显示 in its panel', async () => {
    // Firefox gives the background no sender.origin: the gate takes the origin from the frame's URL.
    const copy = await openPage(firefox, `${server.otherOrigin}/report.html`);
    const copyPanel = await openExtensionPage(firefox, welcome, `/sidepanel.html?tabId=${await tabIdOf(welcome, copy)}`);
    const site = new URL(server.otherOrigin).host;
    await waitFor(() => textOf(copyPanel, 'main'), (t) => t.includes(site) && t.includes('显示批注？'), 'the consent question naming the site');
    expect(await highlightTexts(copy, 'problem')).toEqual([]);
    expect(await highlightTexts(copy, 'achievement')).toEqual([]);
    await waitFor(() => clickButton(copyPanel, '显示', 2_000).then(() => true, () => false), (clicked) => clicked, 'a click on 显示');
    expect(await waitFor(() => highlightTexts(copy, 'problem'), (t) => t.length === 1, 'the 问题 painted after 显示')).toEqual([
      '部分社区党组织书记抓党建的意识不够强',
    ]);
    await copyPanel.close();
    await copy.close();
  });

  test('the export comes back in a fresh profile through the panel’s 导入同事的批注文件或备份', async () => {
    const fresh = await launchFirefox();
    try {
      const freshWelcome = await welcomePage(fresh);
      await freshWelcome.bringToFront();
      await clickButton(freshWelcome, '所有网站');
      await waitFor(() => registeredScripts(freshWelcome), (s) => s.length === 1, 'the content script registered');
      const page = await openPage(fresh, `${server.origin}/report.html?token=another-session`);
      const freshPanel = await openExtensionPage(fresh, freshWelcome, `/sidepanel.html?tabId=${await tabIdOf(freshWelcome, page)}`);
      await waitFor(() => textOf(freshPanel, 'main'), (t) => t.includes('本报告尚无批注'), 'an empty panel');
      await clickButton(freshPanel, '导入与导出');
      const input = await freshPanel.waitForSelector('input[data-testid="import-file"]');
      await input!.uploadFile(exportFile);
      await waitFor(() => textOf(freshPanel, '[data-testid="notice"]'), (t) => t.includes('导入完成'), 'the import notice');
      await page.reload({ waitUntil: 'load' });
      // A file's sites are only proposals (docs/security.md): a fresh profile uses no site yet, so the first visit asks.
      await waitFor(() => textOf(freshPanel, 'main'), (t) => t.includes('显示批注？'), 'the consent question');
      expect(await highlightTexts(page, 'problem')).toEqual([]);
      // The panel follows the frame registry as the reloaded page announces itself: retry a click on a button re-rendered meanwhile.
      await waitFor(() => clickButton(freshPanel, '显示', 2_000).then(() => true, () => false), (clicked) => clicked, 'a click on 显示');
      expect(await waitFor(() => highlightTexts(page, 'problem'), (t) => t.length === 1, 'the imported 问题 painted')).toEqual([
        '部分社区党组织书记抓党建的意识不够强',
      ]);
      expect(await highlightTexts(page, 'achievement')).toEqual(['新发展党员二十三名']);
      expect(fresh.extensionErrors()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

