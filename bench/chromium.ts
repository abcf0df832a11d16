import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The system Chromium and the flags every benchmark starts it with (no background traffic). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Chromium with the built extension in a new profile, and the side panel's address. A fresh install
 * opens the welcome page (no site is allowed yet); it is closed, so the panel is measured alone.
 * `close()` ends the browser and removes the profile.
 */
export async function launchWithPanel(extensionDir: string, options: { acceptDownloads?: boolean } = {}): Promise<{ context: BrowserContext; panelUrl: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error('build the extension first: npx wxt build');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, locale: 'zh-CN', viewport: { width: 420, height: 900 }, ...options,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const welcome = context.pages().find((p) => p.url().includes('/options.html')) ?? (await context.waitForEvent('page', { timeout: 5000 }).catch(() => null));
  await welcome?.close();
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, panelUrl: `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`, close };
}
