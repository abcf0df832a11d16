import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectTextInPage } from '../shared/select-in-page';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';

/**
 * Debian's firefox-esr with the Firefox build of Pingyue installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi. Nothing is downloaded: the system browser is used as it is.
 */

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = path.resolve(process.env.PINGYUE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
/** wxt.config.ts `browser_specific_settings.gecko.id`. */
export const ADDON_ID = 'pingyue@pingyue.local';
/** Fixed through `extensions.webextensions.uuids`, so the extension's origin is known before it starts. */
export const ADDON_UUID = '6f1c2a9e-3b57-4d0e-8a41-9c2e5d7b1f30';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** Firefox-only extension APIs, missing from WXT's Chrome-shaped types: cast `browser` to it inside evaluate(). */
export interface FirefoxOnlyApi {
  sidebarAction: { toggle(): Promise<void>; isOpen(details: object): Promise<boolean> };
  extension: { getViews(filter: { type: 'sidebar' | 'tab' }): Window[] };
}

/** Resolves to the loopback test server; http:// on it is an insecure context, as an intranet OA system is. */
export const INTRANET_HOST = 'oa.intranet.example';
/** The test server's `origin` under the intranet name. */
export const intranetOrigin = (origin: string) => origin.replace('127.0.0.1', INTRANET_HOST);

export interface Firefox {
  browser: Browser;
  /** Where 导出 and other downloads land. */
  downloadDir: string;
  /** Everything Firefox printed (console of pages, extension pages, background and content scripts; JS errors). */
  output: string[];
  /** Lines of `output` that are uncaught errors or console.error calls of Pingyue's own code. */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-firefox-'));
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      // A real click on 所有网站 / 启用 grants host access without the doorhanger automation cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // console.* of every page, extension pages and content scripts included, goes to stdout.
      'devtools.console.stdout.content': true,
      'intl.accept_languages': 'zh-CN, zh',
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.panel.shown': true,
      // An intranet name for the test server (resolved to loopback): an OA system over plain http, not a
      // secure context (127.0.0.1 and localhost are).
      'network.dns.localDomains': INTRANET_HOST,
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim()));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  const installed = await browser.installExtension(EXTENSION_DIR);
  if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}: check wxt.config.ts gecko.id`);
  return {
    browser,
    downloadDir,
    output,
    extensionErrors: () => extensionErrorsIn(output),
    async close() {
      const process = browser.process();
      const exited = process && process.exitCode === null ? new Promise((resolve) => process.once('exit', resolve)) : Promise.resolve();
      await browser.close();
      await exited;
      // Firefox's helper processes may still be writing into the profile for a moment after it exits.
      for (const dir of [profileDir, downloadDir]) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    },
  };
}

/**
 * Uncaught errors raised in Pingyue's code (its pages, background or content scripts), and what it
 * logged with console.error. Firefox prints the first as `JavaScript error: moz-extension://UUID/…`
 * and the second as `console.error: …` followed by indented lines.
 */
export function extensionErrorsIn(output: readonly string[]): string[] {
  return output.filter((line) => /^JavaScript error: moz-extension:\/\//.test(line) && line.includes(ADDON_UUID));
}

/** The href of a page, or '' while it is being replaced. */
const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/**
 * A tab showing `match`. Puppeteer does not see navigations to moz-extension:// pages (BiDi may not
 * start them), so each page is asked where it is.
 */
export async function findPage(browser: Browser, match: (href: string) => boolean, what: string, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (match(await hrefOf(page))) return page;
    }
    await sleep(200);
  }
  throw new Error(`no tab shows ${what}`);
}

/** The welcome page Pingyue opens on install (welcome.html). */
export function welcomePage(firefox: Firefox): Promise<Page> {
  return findPage(firefox.browser, (href) => href === `${EXTENSION_ORIGIN}/welcome.html`, 'the welcome page');
}

/**
 * Opens an extension page (`/sidepanel.html?tabId=3`) in a new tab. BiDi cannot navigate a tab to a
 * moz-extension:// address, so an extension page already open (`from`) asks `tabs.create` for it.
 */
export async function openExtensionPage(firefox: Firefox, from: Page, pathAndQuery: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}${pathAndQuery}`;
  await from.evaluate((url) => browser.tabs.create({ url }).then(() => undefined), url);
  return findPage(firefox.browser, (href) => href === url, url);
}

/** The tab id of `page`, read as the active tab by an extension page (Pingyue has no `tabs` permission). */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  await page.bringToFront();
  return extensionPage.evaluate(async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** Opens `url` in a new tab and waits for its load. */
export async function openPage(firefox: Firefox, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `read` until `accept` holds; throws with the last value otherwise (vitest's expect.poll for any value). */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      failure = error;
    }
    await sleep(150);
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${failure ? `; last error: ${String(failure)}` : ''}`);
}

/** Select `text` (first occurrence) inside the element matching `selector` of a page or frame, as a mouse drag ends. */
export async function selectText(target: Page | Frame, selector: string, text: string): Promise<void> {
  await target.evaluate(selectTextInPage, { selector, text });
}

/** Text covered by the ranges of the page's `pingyue-tag-<tagId>` highlight (CSS Custom Highlight API), in order. */
export function highlightTexts(target: Page | Frame, tagId: string): Promise<string[]> {
  return target.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()), `pingyue-tag-${tagId}`);
}

/** The frame of `page` whose address contains `part`. */
export function frameOf(page: Page, part: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(part));
  if (!frame) throw new Error(`no frame at ${part}; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}

/**
 * Clicks, with the real mouse, the button (or tab) of `page` whose label is `name`, once it is shown;
 * only inside the element matching `within`, when given (a panel shows 填入表单 once per section).
 */
export async function clickButton(page: Page, name: string, timeout = 15_000, within = ''): Promise<void> {
  const handle = await page.waitForFunction(
    (name, within) =>
      [...document.querySelectorAll<HTMLElement>(within ? `${within} button, ${within} [role="tab"]` : 'button, [role="tab"]')].find(
        (b) => {
          const label = b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
          // A tab's label carries its count: 体检 3.
          const named = label === name || (b.getAttribute('role') === 'tab' && label.startsWith(`${name} `));
          return named && !b.hasAttribute('disabled') && b.offsetParent !== null;
        },
      ),
    { timeout },
    name,
    within,
  );
  await (handle.asElement() as ElementHandle<Element>).click();
}

/** The text of the first element matching `selector`, '' while there is none. */
export function textOf(target: Page | Frame, selector: string): Promise<string> {
  return target.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', selector);
}

/**
 * Waits until Pingyue's content script answers in every frame of the tab (`frameIds`, default the top
 * frame). An extension page asks, as the background does: a page open before the grant gets the script
 * a moment after the permission, when the background injects it.
 */
export async function waitForContentScript(extensionPage: Page, tabId: number, frameIds: number[] = [0]): Promise<void> {
  await waitFor(
    () =>
      extensionPage.evaluate(
        (tabId, frameIds) =>
          Promise.all(frameIds.map((frameId) => browser.tabs.sendMessage(tabId, { type: 'pingyue/ping' }, { frameId }).then((answer) => answer === true, () => false))),
        tabId,
        frameIds,
      ),
    (answers) => answers.every(Boolean),
    `the content script in tab ${tabId}`,
  );
}

/** The next complete file that lands in the download folder, with `suffix`; files already there are skipped. */
export async function nextDownload(firefox: Firefox, suffix: string, skip: readonly string[]): Promise<string> {
  const name = await waitFor(
    async () => fs.readdirSync(firefox.downloadDir).find((f) => f.endsWith(suffix) && !skip.includes(f)),
    (f) => f !== undefined && !fs.existsSync(path.join(firefox.downloadDir, `${f}.part`)),
    `a download ending in ${suffix}`,
  );
  const file = path.join(firefox.downloadDir, name!);
  // Firefox may still be writing the last bytes after it drops the .part file.
  await waitFor(async () => fs.statSync(file).size, (size) => size > 0, `${name} written`);
  return file;
}
