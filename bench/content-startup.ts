/**
 * The content script's start-up on a page of ordinary size: `npx tsx bench/content-startup.ts`.
 *
 * A 述职报告 of about 6,000 characters is loaded in real Chromium with the built extension (all sites
 * granted), traced (DevTools timeline). The task in which the browser compiles and runs the content
 * script is the script's start-up: its wall time, its thread (CPU) time, and how much of that thread
 * time was compiling. `PINGYUE_BENCH_BEFORE=dir` adds another build (e.g. main's) to compare against,
 * `PINGYUE_BENCH_AFTER=dir` measures another build than `.output/chrome-mv3`; runs are interleaved so
 * machine load hits both alike, and the figures are medians (and the worst run) of
 * `PINGYUE_BENCH_RUNS` loads (default 7). The last stdout line is one JSON object.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithHostAccess } from '../scripts/host-access-profile.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const RUNS = Number(process.env.PINGYUE_BENCH_RUNS ?? 7);

function reportHtml(): string {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) => `<p>${i + 1}. 本年度围绕中心工作，推进第${i + 1}项重点任务，完成了年初确定的目标。存在的问题主要是调查研究不够深入，下一步将在明年六月底前完成整改。</p>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2026年度述职报告</title></head>
<body><h1>2026年度述职报告</h1>${paragraphs.join('\n')}</body></html>`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface StartupCost {
  /** The task that compiled and ran the content script: wall time, thread time, compiling (thread). */
  taskMs: number;
  taskCpuMs: number;
  compileCpuMs: number;
}

async function traceLoad(page: Page, url: string): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => void events.push(...(payload.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

function startupOf(events: TraceEvent[]): StartupCost {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.dur !== undefined && /^chrome-extension:\/\/[^/]+\/content-scripts\/content\.js/.test(e.args?.data?.url ?? ''));
  if (!evaluation) throw new Error('the content script never ran (is the extension built, and the site granted?)');
  const { pid, tid } = evaluation;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid && e.dur !== undefined;
  const task = events.find((e) => onThread(e) && e.name === 'RunTask' && e.ts <= evaluation.ts && evaluation.ts < e.ts + e.dur!)!;
  const compiling = events.filter((e) => onThread(e) && e.name === 'v8.compile' && e.ts >= evaluation.ts && e.ts < evaluation.ts + evaluation.dur!);
  const ms = (us: number) => us / 1000;
  return {
    taskMs: ms(task.dur!),
    taskCpuMs: ms(task.tdur ?? task.dur!),
    compileCpuMs: ms(compiling.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0)),
  };
}

async function launch(extensionDir: string): Promise<{ context: BrowserContext; cleanup: () => Promise<void> }> {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no extension at ${extensionDir}: npx wxt build`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyue-bench-startup-'));
  const args = [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const start = () => chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args });
  const context = await launchWithHostAccess(start, userDataDir, extensionDir, ['<all_urls>']);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 100 && (await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    context,
    cleanup: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

async function main(): Promise<void> {
  const html = reportHtml();
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const loadBefore = loadAverage();
  const variants: [string, string][] = [
    ['after', path.resolve(process.env.PINGYUE_BENCH_AFTER ?? '.output/chrome-mv3')],
    ...(process.env.PINGYUE_BENCH_BEFORE ? [['before', path.resolve(process.env.PINGYUE_BENCH_BEFORE)] as [string, string]] : []),
  ];
  const browsers = new Map<string, Awaited<ReturnType<typeof launch>>>();
  const costs = new Map<string, StartupCost[]>();
  try {
    for (const [name, dir] of variants) browsers.set(name, await launch(dir));
    for (let run = 0; run < RUNS; run++) {
      for (const [name] of variants) {
        const page = await browsers.get(name)!.context.newPage();
        const cost = startupOf(await traceLoad(page, `${origin}/report?${run}`));
        await page.close();
        costs.set(name, [...(costs.get(name) ?? []), cost]);
        process.stderr.write(`content-startup: run ${run + 1} ${name}: ${JSON.stringify(cost)}\n`);
      }
    }
  } finally {
    for (const b of browsers.values()) await b.cleanup();
    server.close();
  }
  const result: Record<string, unknown> = { runs: RUNS, loadAverage: { before: loadBefore, after: loadAverage() } };
  for (const [name, runs] of costs) {
    const pick = (field: keyof StartupCost) => round(median(runs.map((r) => r[field])));
    const worst = (field: keyof StartupCost) => round(Math.max(...runs.map((r) => r[field])));
    result[name] = {
      taskMs: pick('taskMs'),
      taskMsWorst: worst('taskMs'),
      taskCpuMs: pick('taskCpuMs'),
      taskCpuMsWorst: worst('taskCpuMs'),
      compileCpuMs: pick('compileCpuMs'),
    };
  }
  console.log(JSON.stringify({ contentStartup: result }));
}

await main();
