import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithHostAccess } from '../../scripts/host-access-profile.mjs';
import { startServer, type TestServer } from './server';
import { selectTextInPage } from '../shared/select-in-page';

export const EXTENSION_DIR = path.resolve(process.env.PINGYUE_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

export interface LaunchOptions {
  /** Host access the reviewer has granted (default: 所有网站). */
  hostAccess?: readonly string[];
  args?: string[];
  /** The browser's language (default zh-CN): the UI follows it. */
  locale?: 'zh-CN' | 'en-US';
}

/**
 * Chromium with the built extension, its profile holding the host access a reviewer granted earlier
 * (the prompt itself cannot be clicked by automation). Resolves once the background has registered the
 * content script for that access, so the first page a test opens is already covered.
 */
export async function launchWithExtension(userDataDir: string, { hostAccess = ['<all_urls>'], args = [], locale = 'zh-CN' }: LaunchOptions = {}): Promise<BrowserContext> {
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale,
      viewport: { width: 1280, height: 900 },
      args: [...CHROMIUM_FLAGS.map((flag) => (flag.startsWith('--lang=') ? `--lang=${locale}` : flag)), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...args],
    });
  const context = await launchWithHostAccess(launch, userDataDir, EXTENSION_DIR, hostAccess);
  const worker = await serviceWorkerOf(context);
  if (hostAccess.length > 0) {
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).length), {
        message: 'the background registers the content script for the granted sites',
      })
      .toBeGreaterThan(0);
  }
  return context;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => use(await serviceWorkerOf(context)),
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
});
export { expect };

/** Select `text` (first occurrence) inside the element matching `selector` of a page or frame. */
export async function selectText(target: Page | import('@playwright/test').Frame, selector: string, text: string): Promise<void> {
  await target.evaluate(selectTextInPage, { selector, text });
}

/** Number of ranges painted in the page's `pingyue-tag-<tagId>` highlight (CSS Custom Highlight API). */
export function highlightCount(target: Page | import('@playwright/test').Frame, tagId: string): Promise<number> {
  return target.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `pingyue-tag-${tagId}`);
}

/** Text covered by the ranges of a highlight, in order. */
export function highlightTexts(target: Page | import('@playwright/test').Frame, tagId: string): Promise<string[]> {
  return target.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()),
    `pingyue-tag-${tagId}`,
  );
}

/** Tags `text` inside `selector` with the tag in shortcut slot `slot` (Alt+Shift+N). */
export async function tagByKey(page: Page, selector: string, text: string, slot: number): Promise<void> {
  await selectText(page, selector, text);
  await page.keyboard.press(`Alt+Shift+${slot}`);
}

/**
 * The demo report's three sample passages tagged 成绩, 问题 and 措施, each painted before the next is
 * selected, as a reviewer sees each colour appear: a test of what follows cannot fail on a tag that was
 * still being written.
 */
export async function tagSamplePassages(page: Page): Promise<void> {
  const samples = [
    ['#p2', '新发展党员二十三名', 1, 'achievement'],
    ['#p4', '个别党员参加组织生活不够经常', 2, 'problem'],
    ['#p7', '每季度开展一次述职点评', 3, 'measure'],
  ] as const;
  for (const [selector, text, slot, tagId] of samples) {
    await tagByKey(page, selector, text, slot);
    await expect.poll(() => highlightTexts(page, tagId), { message: `${text} painted as ${tagId}` }).toEqual([text]);
  }
}

/** The tab id of `page`, found as the active tab (Pingyue has no `tabs` permission, so URLs are hidden). */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** The side panel page opened as a normal tab, pinned to `page`'s tab (`?tabId=`). */
export async function openPanelTab(context: BrowserContext, serviceWorker: Worker, extensionId: string, page: Page): Promise<Page> {
  const tabId = await tabIdOf(serviceWorker, page);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * A context whose real side panel a test can reach: the panel is not one of the context's pages, so a
 * second DevTools client (`chromium.connectOverCDP(devtoolsUrl)`) finds it.
 */
export async function launchForRealPanel(name: string): Promise<{ context: BrowserContext; devtoolsUrl: string; close: () => Promise<void> }> {
  const port = 9300 + Math.floor(Math.random() * 500);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `pingyue-${name}-`));
  const context = await launchWithExtension(userDataDir, { args: [`--remote-debugging-port=${port}`] });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, devtoolsUrl: `http://127.0.0.1:${port}`, close };
}

/** A tab on the panel page that can open the real side panel (`?opener`: a user gesture reaches it). */
export async function openPanelOpener(context: BrowserContext): Promise<{ worker: Worker; extensionId: string; opener: Page }> {
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${extensionId}/sidepanel.html?opener`);
  return { worker, extensionId, opener };
}

export { openTransfer } from '../shared/open-transfer';
