import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '../e2e/server';
import { clickButton, frameOf, highlightTexts, openExtensionPage, openPage, selectText, sleep, tabIdOf, textOf, waitFor, welcomePage, type Firefox } from './firefox';
import { firefoxSuite } from './suite';
import { clickToolbarTag, selectForToolbar } from './toolbar';

/** 仅我启用的网站 in Firefox: one site enabled on the welcome page, then removed in the options. */

const suite = firefoxSuite();
let server: TestServer;
let firefox: Firefox;
let welcome: Page;

beforeAll(() => ({ server, firefox } = suite));

const granted = (page: Page) => page.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
const registeredMatches = (page: Page) => page.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));
const hasPingyueUi = (target: Page | import('puppeteer-core').Frame) => target.evaluate(() => document.querySelector('pingyue-ui') !== null);

describe('Firefox, 仅我启用的网站', () => {
  test('enabling one site on the welcome page grants and registers just that site', async () => {
    welcome = await welcomePage(firefox);
    await welcome.bringToFront();
    await clickButton(welcome, '仅我启用的网站');
    // The address field takes the focus: the reviewer types straight away.
    await waitFor(() => welcome.evaluate(() => document.activeElement?.getAttribute('placeholder')), (p) => p === 'oa.example.gov.cn', 'the focused address field');
    await welcome.keyboard.type('127.0.0.1');
    await clickButton(welcome, '启用');
    expect(await waitFor(() => granted(welcome), (o) => o.length > 0, 'the site granted')).toEqual(['*://127.0.0.1/*']);
    expect(await waitFor(() => registeredMatches(welcome), (m) => m.length > 0, 'the content script registered')).toEqual(['*://127.0.0.1/*']);
  });

  test('only the enabled site gets the content script, in a page and in its frames', async () => {
    const framed = await openPage(firefox, `${server.origin}/framed.html`);
    const same = frameOf(framed, '/report.html');
    const cross = frameOf(framed, '/report-b.html');
    await selectForToolbar(firefox.browser, same, '#p2', '新发展党员二十三名');
    await clickToolbarTag(firefox.browser, same, 'achievement');
    expect(await waitFor(() => highlightTexts(same, 'achievement'), (t) => t.length === 1, 'the highlight on the enabled site')).toEqual(['新发展党员二十三名']);

    // The frame from localhost (not enabled) is left alone: a selection there shows no toolbar.
    await waitFor(() => textOf(cross, '#b2'), (t) => t.length > 0, 'the cross-origin frame');
    for (let i = 0; i < 5; i++) {
      await selectText(cross, '#b2', '党员联系群众有待加强');
      await sleep(300);
    }
    expect(await hasPingyueUi(cross)).toBe(false);

    // The same report on localhost: nothing runs, and the panel says why.
    const elsewhere = await openPage(firefox, `${server.otherOrigin}/report.html`);
    const panel = await openExtensionPage(firefox, welcome, `/sidepanel.html?tabId=${await tabIdOf(welcome, elsewhere)}`);
    await waitFor(() => textOf(panel, '[data-testid="site-access-hint"]'), (t) => t.includes('评阅没有在此网站运行'), 'the site-access hint');
    expect(await hasPingyueUi(elsewhere)).toBe(false);
  });

  test('removing the site withdraws the permission and the content script', async () => {
    await welcome.bringToFront();
    await clickButton(welcome, '移除 127.0.0.1');
    await waitFor(() => granted(welcome), (o) => o.length === 0, 'the permission withdrawn');
    await waitFor(() => registeredMatches(welcome), (m) => m.length === 0, 'the content script unregistered');
    const report = await openPage(firefox, `${server.origin}/report.html`);
    const panel = await openExtensionPage(firefox, welcome, `/sidepanel.html?tabId=${await tabIdOf(welcome, report)}`);
    await waitFor(() => textOf(panel, '[data-testid="site-access-hint"]'), (t) => t.includes('评阅没有在此网站运行'), 'the site-access hint');
  });
});
