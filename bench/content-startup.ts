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
import { buildsToCompare, launchWithAllSites, loadAverage, median, recordLoad, round, serveHtml, type TraceEvent } from './extension-load';

const RUNS = Number(process.env.PINGYUE_BENCH_RUNS ?? 7);

function reportHtml(): string {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) => `<p>${i + 1}. 本年度围绕中心工作，推进第${i + 1}项重点任务，完成了年初确定的目标。存在的问题主要是调查研究不够深入，下一步将在明年六月底前完成整改。</p>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2026年度述职报告</title></head>
<body><h1>2026年度述职报告</h1>${paragraphs.join('\n')}</body></html>`;
}

export interface StartupCost {
  /** The task that compiled and ran the content script: wall time, thread time, compiling (thread). */
  taskMs: number;
  taskCpuMs: number;
  compileCpuMs: number;
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

async function main(): Promise<void> {
  const html = reportHtml();
  const server = await serveHtml(html);
  const { origin } = server;
  const loadBefore = loadAverage();
  const variants = buildsToCompare();
  const browsers = new Map<string, Awaited<ReturnType<typeof launchWithAllSites>>>();
  const costs = new Map<string, StartupCost[]>();
  try {
    for (const [name, dir] of variants) browsers.set(name, await launchWithAllSites(dir));
    for (let run = 0; run < RUNS; run++) {
      for (const [name] of variants) {
        const page = await browsers.get(name)!.context.newPage();
        const cost = startupOf((await recordLoad(page, `${origin}/report?${run}`, { afterLoadMs: 3000, profile: false })).events);
        await page.close();
        costs.set(name, [...(costs.get(name) ?? []), cost]);
        process.stderr.write(`content-startup: run ${run + 1} ${name}: ${JSON.stringify(cost)}\n`);
      }
    }
  } finally {
    for (const b of browsers.values()) await b.close();
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
