/**
 * What the content-script benchmarks share: builds to compare, a browser with a build granted all
 * sites, a served page, a traced (and optionally profiled) load, and how figures are summed up.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithHostAccess } from '../scripts/host-access-profile.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/**
 * The builds to measure: `.output/chrome-mv3` (or `PINGYUE_BENCH_AFTER=dir`) as `after`, and with
 * `PINGYUE_BENCH_BEFORE=dir` another build (e.g. main's) as `before`, measured in the same runs.
 */
export function buildsToCompare(): [string, string][] {
  return [
    ['after', path.resolve(process.env.PINGYUE_BENCH_AFTER ?? '.output/chrome-mv3')],
    ...(process.env.PINGYUE_BENCH_BEFORE ? [['before', path.resolve(process.env.PINGYUE_BENCH_BEFORE)] as [string, string]] : []),
  ];
}

/**
 * Chromium in a new profile with the build at `extensionDir` loaded and granted all sites (or with no
 * extension, for `null`), once its content script is registered. `close()` also removes the profile.
 */
export async function launchWithAllSites(extensionDir: string | null, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (extensionDir && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no extension at ${extensionDir}: npx wxt build`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-bench-load-'));
  const args = [...CHROMIUM_ARGS, ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [])];
  const start = () => chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args, ...(viewport && { viewport }) });
  const context: BrowserContext = extensionDir ? await launchWithHostAccess(start, userDataDir, extensionDir, ['<all_urls>']) : await start();
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (let i = 0; i < 100 && (await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/** Serves `html` at every path of a local origin (not cached, so every load runs the page afresh). */
export async function serveHtml(html: string): Promise<{ origin: string; close(): void }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: the wall time `dur` less the time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { beginData?: { url?: string }; data?: { url?: string } };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Loads `url` with the DevTools timeline traced until `afterLoadMs` after load; with `profile`, V8's
 * sampling profiler runs too (every 0.25 ms).
 */
export async function recordLoad(page: Page, url: string, options: { afterLoadMs: number; profile: boolean }): Promise<{ events: TraceEvent[]; profile: CpuProfile | null }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => void events.push(...(payload.value as unknown as TraceEvent[])));
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  }
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  if (options.profile) await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForTimeout(options.afterLoadMs);
  const profile = options.profile ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { events, profile };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** Milliseconds to a tenth. */
export const round = (n: number) => Math.round(n * 10) / 10;
export const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
