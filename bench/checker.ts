/*
 * Times checkReport against one plain regex pass (all trigger words in one RegExp) over the same text:
 * ~5 MB in Node, ~30,000 characters in real Chromium. The bar (within 5×) is judged on the synthetic
 * text below; Node also times a second, more report-like text (./realistic-report.ts) and a problem part without any
 * sentence stop (flattened text; a guard against patterns that look back over a whole sentence). All are warmed up alike (WARM_UP calls) and timed
 * in turn, one checkReport then one baseline sample, medians compared (Chromium: by volume, see CHROMIUM_WARM_UP). In Chromium a baseline pass takes
 * about as long as the browser's coarsened clock ticks (0.1 ms), so a baseline sample is BASE_REPEAT
 * passes timed together and divided. Last stdout line is one JSON object.
 * Run: npx tsx bench/checker.ts
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { checkReport, defaultRuleset } from '@/lib/checker';
import { literalAlternation } from '@/lib/checker/regex';
import { realisticReport } from './realistic-report';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 11;
const WARM_UP = 3;
const BASE_REPEAT = 10;
/**
 * Chromium's text is 60 times shorter than Node's, so it is warmed up and sampled by volume, not by call:
 * its warm-up reads about as much text as Node's (3 calls of 1.7 M characters). With only 3 calls of
 * 30,000 characters the checker was still being optimised while timed, and the ratio read ×3.6–6.1 on
 * one quiet machine.
 */
const CHROMIUM_WARM_UP = 170;
const CHROMIUM_RUNS = 61;

/** Deterministic synthetic reports: headings in several styles, hedged and concrete sentences. */
function syntheticReport(targetChars: number, seed = 7): string {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const heads = [
    ['一、主要工作完成情况', '二、存在的主要问题', '三、问题产生的原因', '四、下一步工作打算'],
    ['第一部分 履职情况', '第二部分 问题与不足', '第三部分 原因分析', '第四部分 整改措施'],
    ['1. 工作开展情况', '2. 存在问题', '3. 原因剖析', '4. 下步打算'],
  ];
  const bodies = [
    ['全年新发展党员{n}名，其中35岁以下{n}名。', '持续加强阵地建设，党员教育取得明显成效。', '（一）抓班子带队伍。建成便民服务站{n}个。'],
    ['部分支部组织生活不够规范，有的党员作用发挥不明显。', '全镇{n}个支部中有{n}个未按期换届。', '个别谈话开展较少，东岭村党支部全年只谈话{n}次。'],
    ['主要是本人抓得不紧，客观上任务繁重、人手不足。', '思想认识还不到位，研究党建仅{n}次。'],
    ['进一步加强党员教育管理，不断提升组织力。', '{n}月底前，由组织委员牵头完成{n}个支部整顿。', '每季度通报一次，全年培训党员不少于{n}人次。', '投入经费X万元，新建**个示范点。'],
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const style = pick(heads);
    for (let k = 0; k < 4; k++) {
      parts.push(style[k]!);
      for (let i = 0; i < 6; i++) parts.push(pick(bodies[k]!).replace(/\{n\}/g, () => String(1 + rand(40))));
    }
    length = parts.reduce((a, p) => a + p.length + 1, 0);
  }
  return parts.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The baseline: one combined RegExp of every trigger word, counted with matchAll. */
const baselineSource = literalAlternation(
  Object.values(defaultRuleset.rules).flatMap((r) => ('triggers' in r ? r.triggers : [])),
);

/** Wall-clock and CPU milliseconds of `f` (CPU time, of all the process's threads, is what a loaded machine disturbs least). */
function timed(f: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function timeNode(text: string) {
  const baseline = new RegExp(baselineSource, 'g');
  const pass = () => {
    let n = 0;
    for (const _ of text.matchAll(baseline)) n++;
    if (n === 0) throw new Error('baseline found nothing');
  };
  // Warm-up: compiles the ruleset and the RegExps and lets V8 optimise both sides.
  for (let i = 0; i < WARM_UP; i++) {
    checkReport(text);
    pass();
  }
  const check: { wall: number; cpu: number }[] = [];
  const base: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    check.push(timed(() => checkReport(text)));
    base.push(timed(pass));
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  const m = median(check.map((x) => x.wall));
  const b = median(base.map((x) => x.wall));
  const cpuRatio = median(check.map((x) => x.cpu)) / median(base.map((x) => x.cpu));
  // The lowest CPU time of each is what a shared machine disturbs least.
  const lowest = (xs: { cpu: number }[]) => Math.min(...xs.map((x) => x.cpu));
  const cpuRatioLowest = lowest(check) / lowest(base);
  return {
    bytes,
    ms: round(m),
    baselineMs: round(b),
    ratio: round(m / b),
    cpuRatio: round(cpuRatio),
    cpuRatioLowest: round(cpuRatioLowest),
    mbPerSec: round(bytes / 1048576 / (m / 1000)),
  };
}

async function timeChromium(text: string) {
  const bundle = await build({
    entryPoints: [path.join(root, 'lib/checker/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PingyueChecker',
    alias: { '@': root },
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const r = await page.evaluate(
      ({ text, source, runs, warmUp, repeat }) => {
        const api = (globalThis as unknown as { PingyueChecker: { checkReport: (t: string) => unknown } }).PingyueChecker;
        const baseline = new RegExp(source, 'g');
        // No named helper functions in here: the bundler would wrap them in a helper the page lacks.
        const ms: number[] = [];
        const base: number[] = [];
        for (let i = -warmUp; i < runs; i++) {
          let t = performance.now();
          api.checkReport(text);
          const checked = performance.now() - t;
          t = performance.now();
          let n = 0;
          for (let k = 0; k < repeat; k++) for (const _ of text.matchAll(baseline)) n++;
          if (n === 0) throw new Error('baseline found nothing');
          if (i < 0) continue; // warming up
          ms.push(checked);
          base.push((performance.now() - t) / repeat);
        }
        return { ms, base };
      },
      { text, source: baselineSource, runs: CHROMIUM_RUNS, warmUp: CHROMIUM_WARM_UP, repeat: BASE_REPEAT },
    );
    const m = median(r.ms);
    const b = median(r.base);
    return { chars: text.length, ms: round(m), baselineMs: round(b), ratio: round(m / b) };
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

const big = syntheticReport(5 * 1024 * 1024 / 3); // ~3 UTF-8 bytes per Han character → ~5 MB
const show = (name: string, r: ReturnType<typeof timeNode>) =>
  console.log(`${name}: ${r.bytes} bytes, checkReport ${r.ms} ms vs baseline ${r.baselineMs} ms (×${r.ratio}; CPU time ×${r.cpuRatio}, lowest ×${r.cpuRatioLowest}), ${r.mbPerSec} MB/s`);
const node = timeNode(big);
show('node', node);
const realistic = timeNode(realisticReport(5 * 1024 * 1024 / 3));
show('node, report-like text', realistic);
// Flattened text can lose every sentence stop: one 1.6-million-character "sentence" of hedges. A pattern
// that looks back over the whole sentence at each hedge is quadratic here (one was: 50 s for a third of this).
const noStops = timeNode(`二、存在问题\n${'工作中还存在一些问题，'.repeat(150_000)}\n三、整改措施\n进一步加强。`);
show('node, a problem part without sentence stops', noStops);
const small = syntheticReport(30_000, 11).slice(0, 30_000);
const browser = await timeChromium(small);
console.log(`chromium: ${browser.chars} chars, checkReport ${browser.ms} ms vs baseline ${browser.baselineMs} ms (×${browser.ratio})`);
console.log(JSON.stringify({ checker: { node, realistic, noStops, chromium: browser } }));
