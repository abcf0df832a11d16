/**
 * The content script's cost on a large page: `npx tsx bench/content-script.ts`.
 *
 * An OA dashboard of 200,000 text nodes (a long list of to-do items), a clock line that changes every
 * 400 ms, and a 2-second burst of DOM churn (a list refreshed every 50 ms), loaded in real Chromium
 * with the built extension (all sites granted) and, in the same run, without any extension; first as a
 * page that holds no report, then (`withReport`) after the reviewer tagged a passage of it, so the
 * page is a stored report that is recognised and painted on every load. Each load is traced (DevTools
 * timeline) and profiled (V8 sampling profiler, 0.25 ms) until 10 s after `load`: the page renderer's
 * main-thread time (top-level tasks), long tasks (> 50 ms), and the time attributable to the extension
 * (profiler samples with a chrome-extension:// frame on the stack, so microtasks and forced layout
 * count too, and the compiling of its scripts). A *Pingyue task* is a task of which the extension took
 * at least half: `pingyueMaxTaskMs` is the longest, `pingyueTasksOver50` how many took over 50 ms;
 * `extensionMaxTaskMs` is the largest share the extension took of any one task.
 * `PINGYUE_BENCH_BEFORE=dir` adds another build (e.g. main's) to compare against,
 * `PINGYUE_BENCH_AFTER=dir` measures another build than `.output/chrome-mv3`; `PINGYUE_BENCH_PROFILE=prefix`
 * writes each load's V8 profile (`prefix-scenario-variant-run.cpuprofile`), `PINGYUE_BENCH_TOP=n` lists
 * the extension's n costliest functions and what each long task spent its time on.
 * `PINGYUE_BENCH_WINDOW_MS=20000` watches each load longer: `pingyueTasksOver50Steady` then counts the
 * Pingyue tasks over 50 ms after the first 10 s (the clock ticking on a settled page). Runs are interleaved
 * (none, after, before, none, …) so machine load hits all alike; figures are medians (of counts and
 * maxima: the worst run too). The machine's load average is reported with them. The last stdout line
 * is one JSON object.
 */
import fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { buildsToCompare, launchWithAllSites, loadAverage, median, recordLoad, round, serveHtml, type CpuProfile, type TraceEvent } from './extension-load';

const ROWS = 20_000;
const CELLS = 10; // 20,000 × 10 = 200,000 text nodes
const ROWS_PER_GROUP = 100;
const WINDOW_MS = Number(process.env.PINGYUE_BENCH_WINDOW_MS ?? 10_000);
/** From this long after load on, the page is in its steady state (the clock ticking, the report painted). */
const STEADY_AFTER_MS = 10_000;
const RUNS = Number(process.env.PINGYUE_BENCH_RUNS ?? 3);
const LONG_TASK_MS = 50;

function dashboardHtml(): string {
  const status = ['待办', '在办', '已办结', '已退回', '待审核'];
  const groups: string[] = [];
  for (let g = 0; g < ROWS / ROWS_PER_GROUP; g++) {
    const rows: string[] = [];
    for (let i = g * ROWS_PER_GROUP; i < (g + 1) * ROWS_PER_GROUP; i++) {
      const cells = [
        `第${i + 1}条`, `收文〔2026〕${1000 + i}号`, `关于${i % 7 === 0 ? '报送' : '做好'}第${(i % 12) + 1}批材料的通知`, status[i % 5]!,
        `经办人${i % 97}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        `${i % 300}页`, `密级：${i % 3 ? '普通' : '内部'}`, `承办科室${i % 23}`, `备注${i % 11}`,
      ];
      rows.push(`<div class="row">${cells.map((c) => `<span>${c}</span>`).join('')}</div>`);
    }
    groups.push(`<section>${rows.join('')}</section>`);
  }
  // Off-screen groups skip layout (content-visibility), as long lists on real pages do: the page
  // itself stays usable, so what the extension adds is what the measurement shows.
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>公文办理 · 待办事项</title>
<style>section { content-visibility: auto; contain-intrinsic-size: auto 2400px; } .row span { margin-right: 8px; }</style></head><body>
<header>公文办理系统 <span id="clock">--:--:--</span></header>
<ul id="feed"></ul>
${groups.join('\n')}
<script>
  const clock = document.getElementById('clock');
  setInterval(() => { clock.textContent = new Date().toLocaleTimeString('zh-CN') + '.' + Date.now() % 1000; }, 400);
  addEventListener('load', () => setTimeout(() => {
    // A burst of churn: a notification list rebuilt every 50 ms for 2 s.
    const feed = document.getElementById('feed');
    const started = performance.now();
    const tick = setInterval(() => {
      const items = [];
      for (let i = 0; i < 200; i++) {
        const li = document.createElement('li');
        li.textContent = '消息 ' + Math.floor(performance.now()) + '-' + i;
        items.push(li);
      }
      feed.replaceChildren(...items);
      if (performance.now() - started > 2000) { clearInterval(tick); feed.replaceChildren(); }
    }, 50);
  }, 2000));
</script></body></html>`;
}

interface Recording {
  events: TraceEvent[];
  profile: CpuProfile;
}

export interface LoadCost {
  mainThreadMs: number;
  longTasks: number;
  longTaskMs: number;
  extensionMs: number;
  /** The longest task of which the extension took at least half (a Pingyue task). */
  pingyueMaxTaskMs: number;
  pingyueTasksOver50: number;
  /** The largest time the extension took within any one task. */
  extensionMaxTaskMs: number;
  /**
   * The longest Pingyue task in thread time, and how many took over 50 ms of it: on a loaded machine a
   * task's wall time also counts the time its thread waited for a core.
   */
  pingyueMaxTaskCpuMs: number;
  pingyueTasksOver50Cpu: number;
  /**
   * Pingyue tasks over 50 ms from STEADY_AFTER_MS after load on (with `PINGYUE_BENCH_WINDOW_MS` longer
   * than that): what the ticking clock costs once start-up is over.
   */
  pingyueTasksOver50Steady: number;
}

/**
 * Time (µs) at which each profiler sample attributable to the extension was taken, with its length:
 * samples whose stack holds a chrome-extension:// frame (its own code, and the layout or DOM work
 * that code forces), wherever V8 ran it (event callbacks, timers, idle callbacks, microtasks).
 */
function extensionSamples(profile: CpuProfile): { ts: number; dur: number }[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fromExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = fromExtension.get(id);
    if (known !== undefined) return known;
    const own = byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
    const up = parent.get(id);
    const result = own || (up !== undefined && isExtension(up));
    fromExtension.set(id, result);
    return result;
  };
  const out: { ts: number; dur: number }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i]!;
    const dur = profile.timeDeltas[i + 1] ?? 0;
    if (isExtension(profile.samples[i]!)) out.push({ ts, dur });
  }
  return out;
}

/**
 * The extension's functions that took the most time (self time), for `PINGYUE_BENCH_TOP=n`: over the
 * whole load, or within [from, to) µs of the profile's clock (one long task).
 */
function topExtensionFunctions(profile: CpuProfile, count: number, from = -Infinity, to = Infinity, entries = false): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** With `entries`, the outermost extension frame of each sample's stack (where the work entered). */
  const frameOf = (id: number) => {
    let outermost = byId.get(id)!;
    if (entries) {
      for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
        if (byId.get(up)!.callFrame.url.startsWith('chrome-extension://')) outermost = byId.get(up)!;
      }
    }
    return outermost.callFrame;
  };
  const self = new Map<string, number>();
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i]!;
    if (ts < from || ts >= to) continue;
    const frame = frameOf(profile.samples[i]!) as { url: string; functionName?: string; lineNumber?: number; columnNumber?: number };
    if (!frame.url.startsWith('chrome-extension://')) continue;
    const name = `${frame.functionName || "(anonymous)"}:${frame.lineNumber ?? 0}:${frame.columnNumber ?? 0}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${name} ${Math.round(ms)} ms`);
}

/** The page renderer's main-thread tasks. */
function pageTasks(events: TraceEvent[], pageOrigin: string): TraceEvent[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(pageOrigin));
  if (!parse) throw new Error('no ParseHTML event for the page in the trace');
  const { pid, tid } = parse;
  return events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined);
}

/**
 * Time (µs) the extension took within each of the page's tasks: its profiler samples, or the compiling
 * and first run of its scripts (`EvaluateScript` of a chrome-extension:// URL) where that is more.
 */
function extensionShares({ events, profile }: Recording, pageOrigin: string): { task: TraceEvent; extension: number }[] {
  const tasks = pageTasks(events, pageOrigin);
  const samples = extensionSamples(profile);
  const { pid, tid } = tasks[0] ?? { pid: -1, tid: -1 };
  const evaluations = events.filter(
    (e) => e.pid === pid && e.tid === tid && e.name === 'EvaluateScript' && e.dur !== undefined && (e.args?.data?.url ?? '').startsWith('chrome-extension://'),
  );
  // Both lists are in time order: one pass over the samples.
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  let next = 0;
  return sorted.map((task) => {
    const end = task.ts + task.dur!;
    while (next < samples.length && samples[next]!.ts < task.ts) next++;
    let sampled = 0;
    for (let i = next; i < samples.length && samples[i]!.ts < end; i++) sampled += samples[i]!.dur;
    const evaluated = evaluations.filter((e) => e.ts >= task.ts && e.ts < end).reduce((sum, e) => sum + e.dur!, 0);
    return { task, extension: Math.max(sampled, evaluated) };
  });
}

/** Tasks of which the extension took at least half. */
function pingyueTasks(recording: Recording, pageOrigin: string): TraceEvent[] {
  return extensionShares(recording, pageOrigin).filter(({ task, extension }) => extension * 2 >= task.dur!).map(({ task }) => task);
}

/** When the page's `load` event came (µs, the trace's clock). */
function loadedAt({ events }: Recording): number {
  const load = events.find((e) => e.name === 'MarkLoad') ?? events.find((e) => e.name === 'ParseHTML');
  if (!load) throw new Error('no load event in the trace');
  return load.ts;
}

/** Main-thread figures of the page's renderer, from one recording. */
function costOf(recording: Recording, pageOrigin: string): LoadCost {
  const shares = extensionShares(recording, pageOrigin);
  const tasks = shares.map(({ task }) => task);
  const ms = (us: number) => us / 1000;
  const long = tasks.filter((t) => ms(t.dur!) > LONG_TASK_MS);
  const ours = pingyueTasks(recording, pageOrigin);
  return {
    mainThreadMs: ms(tasks.reduce((sum, t) => sum + t.dur!, 0)),
    longTasks: long.length,
    longTaskMs: ms(long.reduce((sum, t) => sum + t.dur!, 0)),
    extensionMs: ms(shares.reduce((sum, s) => sum + s.extension, 0)),
    pingyueMaxTaskMs: ms(Math.max(0, ...ours.map((t) => t.dur!))),
    pingyueTasksOver50: ours.filter((t) => ms(t.dur!) > LONG_TASK_MS).length,
    extensionMaxTaskMs: ms(Math.max(0, ...shares.map((s) => s.extension))),
    pingyueMaxTaskCpuMs: ms(Math.max(0, ...ours.map((t) => t.tdur ?? t.dur!))),
    pingyueTasksOver50Cpu: ours.filter((t) => ms(t.tdur ?? t.dur!) > LONG_TASK_MS).length,
    pingyueTasksOver50Steady: ours.filter((t) => ms(t.dur!) > LONG_TASK_MS && t.ts >= loadedAt(recording) + STEADY_AFTER_MS * 1000).length,
  };
}

/** The passage the reviewer tags to make the dashboard a stored report (row 3's subject line). */
const TAGGED = '关于做好第3批材料的通知';

/**
 * The reviewer selects a passage of the dashboard and tags it (Alt+Shift+1), in the browser of one
 * variant: from then on the page is a stored report there. Resolves once the passage is painted.
 */
async function tagDashboard(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.evaluate((text) => {
    const span = [...document.querySelectorAll('.row span')].find((s) => s.textContent === text)!;
    const range = document.createRange();
    range.selectNodeContents(span.firstChild!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, TAGGED);
  const painted = () => page.evaluate(() => [...CSS.highlights.values()].some((h) => h.size > 0));
  for (let tries = 0; !(await painted()); tries++) {
    if (tries >= 120) throw new Error('the tagged passage was never painted');
    if (tries % 10 === 0) await page.keyboard.press('Alt+Shift+1');
    await page.waitForTimeout(1000);
  }
  await page.close();
}

type Scenario = 'noReport' | 'withReport';

async function main(): Promise<void> {
  const html = dashboardHtml();
  const server = await serveHtml(html);
  const { origin } = server;
  const loadBefore = loadAverage();

  const variants: [string, string | null][] = [['none', null], ...buildsToCompare()];
  const scenarios = (process.env.PINGYUE_BENCH_SCENARIOS?.split(',') ?? ['noReport', 'withReport']) as Scenario[];
  const browsers = new Map<string, Awaited<ReturnType<typeof launchWithAllSites>>>();
  const costs = new Map<string, LoadCost[]>();
  const top = Number(process.env.PINGYUE_BENCH_TOP ?? 0);
  try {
    for (const [name, dir] of variants) browsers.set(name, await launchWithAllSites(dir, { width: 1280, height: 900 }));
    for (const scenario of scenarios) {
      if (scenario === 'withReport') {
        for (const [name, dir] of variants) if (dir) await tagDashboard(browsers.get(name)!.context, `${origin}/dashboard?tag`);
      }
      for (let run = 0; run < RUNS; run++) {
        for (const [name, dir] of variants) {
          if (!dir && scenario !== scenarios[0]) continue; // no extension: the same page in every scenario, measured once
          const page = await browsers.get(name)!.context.newPage();
          const { events, profile } = await recordLoad(page, `${origin}/dashboard?${scenario}=${run}`, { afterLoadMs: WINDOW_MS, profile: true });
          const recording: Recording = { events, profile: profile! };
          const cost = costOf(recording, origin);
          // For a closer look (DevTools opens it): the V8 profile of this load.
          if (process.env.PINGYUE_BENCH_PROFILE && dir) fs.writeFileSync(`${process.env.PINGYUE_BENCH_PROFILE}-${scenario}-${name}-${run}.cpuprofile`, JSON.stringify(recording.profile));
          if (top > 0 && dir) {
            process.stderr.write(`content-script: ${scenario} ${name} self time: ${topExtensionFunctions(recording.profile, top).join('; ')}\n`);
            for (const task of pingyueTasks(recording, origin).filter((t) => t.dur! / 1000 > LONG_TASK_MS)) {
              const within = topExtensionFunctions(recording.profile, 4, task.ts, task.ts + task.dur!);
              const entries = topExtensionFunctions(recording.profile, 3, task.ts, task.ts + task.dur!, true);
              process.stderr.write(`content-script: ${scenario} ${name} long task at ${((task.ts - recording.profile.startTime) / 1e6).toFixed(1)} s: ${Math.round(task.dur! / 1000)} ms (thread ${Math.round((task.tdur ?? NaN) / 1000)} ms): ${within.join('; ')} | entered by ${entries.join('; ')}\n`);
            }
          }
          await page.close();
          const key = dir ? `${scenario}:${name}` : 'none';
          costs.set(key, [...(costs.get(key) ?? []), cost]);
          process.stderr.write(`content-script: run ${run + 1} ${scenario} ${name}: ${JSON.stringify(cost)}\n`);
        }
      }
    }
  } finally {
    for (const b of browsers.values()) await b.close();
    server.close();
  }

  const summary = (key: string) => {
    const runs = costs.get(key)!;
    const pick = (field: keyof LoadCost) => round(median(runs.map((r) => r[field])));
    const worst = (field: keyof LoadCost) => round(Math.max(...runs.map((r) => r[field])));
    return {
      mainThreadMs: pick('mainThreadMs'),
      longTasks: pick('longTasks'),
      longTaskMs: pick('longTaskMs'),
      extensionMs: pick('extensionMs'),
      pingyueMaxTaskMs: pick('pingyueMaxTaskMs'),
      pingyueMaxTaskMsWorst: worst('pingyueMaxTaskMs'),
      pingyueTasksOver50: pick('pingyueTasksOver50'),
      pingyueTasksOver50Worst: worst('pingyueTasksOver50'),
      extensionMaxTaskMs: pick('extensionMaxTaskMs'),
      pingyueMaxTaskCpuMs: pick('pingyueMaxTaskCpuMs'),
      pingyueMaxTaskCpuMsWorst: worst('pingyueMaxTaskCpuMs'),
      pingyueTasksOver50Cpu: pick('pingyueTasksOver50Cpu'),
      pingyueTasksOver50Steady: pick('pingyueTasksOver50Steady'),
      pingyueTasksOver50SteadyWorst: worst('pingyueTasksOver50Steady'),
    };
  };
  const none = summary('none');
  const result: Record<string, unknown> = {
    page: { textNodes: ROWS * CELLS + 2, windowMs: WINDOW_MS, runs: RUNS },
    loadAverage: { before: loadBefore, after: loadAverage() },
    none,
  };
  for (const scenario of scenarios) {
    const byVariant: Record<string, unknown> = {};
    for (const [name, dir] of variants) {
      if (!dir) continue;
      const s = summary(`${scenario}:${name}`);
      byVariant[name] = { ...s, addedMainThreadMs: round(s.mainThreadMs - none.mainThreadMs), addedLongTasks: s.longTasks - none.longTasks };
    }
    result[scenario] = byVariant;
  }
  console.log(JSON.stringify({ contentScript: result }));
}

await main();
