// `npm start`: builds the extension, serves a demo report on localhost and opens Chromium with
// Pingyue loaded, the report in a tab and the side panel open. Annotations persist between runs in
// .pingyue-demo-profile/ (delete it to start fresh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchWithHostAccess } from './host-access-profile.mjs';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const executablePath = candidates.find((p) => p && fs.existsSync(p));
if (!executablePath) {
  console.error('找不到 Chromium。请安装（Debian/Ubuntu：sudo apt-get install chromium），或设置 CHROMIUM_PATH。\n' +
    'Chromium not found: install it or set CHROMIUM_PATH. (Branded Chrome/Edge ignore --load-extension;\n' +
    'load .output/chrome-mv3 by hand via chrome://extensions → Developer mode → Load unpacked.)');
  process.exit(2);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const page = fs.readFileSync(path.join(root, 'demo/report.html'));
const server = http.createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/report')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  else res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/report.html`;

const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = path.join(root, '.pingyue-demo-profile');
// The demo starts in the 所有网站 mode, as if the reviewer had chosen it on the welcome page
// (automation cannot click the browser's permission prompt).
const launch = () => chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: null,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const context = await launchWithHostAccess(launch, profile, extension, ['<all_urls>']);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
// The background registers the content script as it starts; the report should open after that.
for (let tries = 0; tries < 50; tries++) {
  if ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const report = context.pages()[0] ?? (await context.newPage());
await report.goto(url);
// Opening the real side panel needs a user gesture; a call from an extension page counts as one.
const opener = await context.newPage();
await opener.goto(`chrome-extension://${extensionId}/sidepanel.html?opener`);
await report.bringToFront();
// Pingyue has no `tabs` permission (it never reads tab URLs), so find the report as the active tab.
const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
await opener.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId).catch(() => {});
await opener.close();

console.log(`\n评阅已加载。演示报告：${url}\nPingyue is loaded. Demo report: ${url}`);
if (headless) {
  const shot = path.join(root, 'demo-screenshot.png');
  await report.screenshot({ path: shot });
  console.log(`No display found: running headless; screenshot at ${shot}. Press Ctrl+C to stop.`);
} else {
  console.log('Close the browser window to stop.');
}
context.on('close', () => { server.close(); process.exit(0); });
