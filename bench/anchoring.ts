/**
 * Anchoring benchmark in real Chromium: `npx tsx bench/anchoring.ts`.
 *
 * Bundles lib/anchoring and the peer library dom-anchor-text-quote (what Hypothesis used until 2020)
 * with esbuild, loads a generated ~1,000,000-character Chinese report page (~20,000 text nodes),
 * describes 1,000 anchors and measures in the page: text map + normalisation, resolving all 1,000 on
 * the unchanged page, on a page shifted by an insertion at the top (every anchor goes through exact
 * search, after a one-time gram index build), resolving 100 anchors whose quotes were edited
 * (fuzzy) and 100 whose passages were deleted with their context (whole-text search), painting 1,000
 * highlights with the CSS Custom Highlight API, and the peer's `toRange` on the same anchors.
 * `totalMs` is what opening the unchanged page costs: prepare + resolve + paint. Medians over several runs;
 * the peer gets a time budget and is extrapolated when it runs out. The last stdout line is one JSON
 * object. No network: the page is set with `setContent` and the bundle injected as a script.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { SCANS_BEFORE_INDEX } from '@/lib/anchoring/resolve-anchor';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_CHARS = 1_000_000;
const ANNOTATIONS = 1_000;
const EDITED_EVERY = 10; // 100 of the 1,000 anchors get edited quotes
const RUNS = 5;
const PEER_BUDGET_MS = 60_000;

/** Entry point of the in-page bundle: our anchoring plus the peer, exposed as `window.PB`. */
const BUNDLE_ENTRY = `
export { buildTextMap } from '@/lib/anchoring/text-map';
export { describeRange } from '@/lib/anchoring/describe';
export { prepareText, resolveAll } from '@/lib/anchoring/resolve-anchor';
export * as peer from 'dom-anchor-text-quote';
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: BUNDLE_ENTRY, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'PB',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'alias-at-to-project-root',
        setup(b) {
          b.onResolve({ filter: /^@\// }, async (args) =>
            b.resolve('./' + args.path.slice(2), { resolveDir: PROJECT_ROOT, kind: args.kind }),
          );
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}

/** Deterministic report-like Chinese: sections, boilerplate and figures, ~100 chars per paragraph. */
function generatePage(): { html: string; chars: number } {
  const openers = ['本年度', '报告期内', '今年以来', '上半年', '第三季度', '在部门领导的支持下', '围绕年度目标'];
  const actions = ['牵头完成了', '组织推进了', '参与实施了', '统筹协调了', '持续优化了', '全面梳理了'];
  const objects = [
    '客户服务平台二期建设', '数据中台迁移工作', '安全生产专项检查', '供应商准入评审', '财务共享中心上线',
    '合同管理流程再造', '员工技能培训计划', '机房搬迁与网络改造', '重点项目风险评估', '年度预算编制',
  ];
  const results = [
    '按期交付率达到百分之', '客户满意度提升至', '平均处理时长缩短', '累计节约成本约', '问题整改完成率达到',
  ];
  const tails = [
    '坚持以问题为导向，持续加强制度建设。', '下一步将进一步巩固成果，扎实推进各项工作。',
    '同时也暴露出跨部门协同不够顺畅的问题。', '相关经验已在全公司范围内推广。',
  ];
  let state = 20_261_122;
  const pick = <T>(list: readonly T[]): T => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return list[(state >>> 8) % list.length]!;
  };
  const number = (): string => String(((state >>> 4) % 900) / 10 + 10);
  const paragraphs: string[] = [];
  let chars = 0;
  for (let i = 0; chars < TARGET_CHARS; i++) {
    const lead = `${pick(openers)}，${pick(actions)}${pick(objects)}，`;
    const strong = `${pick(results)}${number()}，`;
    const rest = `较去年同期有明显改善，${pick(actions)}${pick(objects)}，${pick(tails)}`;
    const heading = i % 50 === 0 ? `<h2>第${i / 50 + 1}部分 工作情况</h2>` : '';
    paragraphs.push(`${heading}<p>${lead}<strong>${strong}${rest}</strong></p>`);
    chars += lead.length + strong.length + rest.length + (heading ? `第${i / 50 + 1}部分 工作情况`.length : 0);
  }
  const style = '<style>::highlight(pingyue-bench){background-color:rgba(255,200,0,.45)}</style>';
  return { html: `<!doctype html><html><head><meta charset="utf-8">${style}</head><body>${paragraphs.join('')}</body></html>`, chars };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Median of `count` runs, plus the first run (which pays one-time costs such as the gram index). */
async function runs(count: number, step: () => Promise<number>): Promise<number> {
  return (await runsWithFirst(count, step)).median;
}

async function runsWithFirst(count: number, step: () => Promise<number>): Promise<{ median: number; first: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await step());
  return { median: median(times), first: times[0]! };
}

// ---- In-page steps. They run in Chromium (serialised by Playwright) and reach the bundle via `PB`
// and shared state via `S`; they cannot close over anything in this file.

/** The part of dom-anchor-text-quote's API used here (the package ships no types). */
interface PeerTextQuote {
  toRange(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): Range | null;
}
type Bundle = typeof import('@/lib/anchoring/resolve-anchor') &
  typeof import('@/lib/anchoring/text-map') &
  typeof import('@/lib/anchoring/describe') & { peer: PeerTextQuote };
declare global {
  var PB: Bundle;
  /** Scratch state shared between in-page steps. */
  var S: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Build the text map and normalise its text; records the two parts in `S.prepareParts`. */
async function prepareStep(page: Page): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const map = PB.buildTextMap(document.body);
    const mapped = performance.now();
    const prepared = PB.prepareText(map.text);
    const elapsed = performance.now() - started;
    Object.assign(S, { map, prepared });
    (S.prepareParts ??= []).push({ textMapMs: mapped - started, normalizeMs: performance.now() - mapped });
    return elapsed;
  });
}

async function createAnchors(page: Page, count: number): Promise<{ chars: number; textNodes: number }> {
  return page.evaluate((n) => {
    const text: string = S.map.text;
    S.anchors = Array.from({ length: n }, (_, i) => {
      const start = Math.floor(((i + 0.5) * text.length) / n);
      return PB.describeRange(S.map, start, start + 12 + ((i * 7) % 29));
    });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    return { chars: text.length, textNodes };
  }, count);
}

async function resolveStep(page: Page, anchorsKey: string): Promise<{ ms: number; statuses: Record<string, number> }> {
  return page.evaluate((key) => {
    const started = performance.now();
    const results = PB.resolveAll(S.prepared, S[key]);
    const ms = performance.now() - started;
    S.results = results;
    const statuses: Record<string, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    return { ms, statuses };
  }, anchorsKey);
}

async function paintStep(page: Page): Promise<number> {
  return page.evaluate(async () => {
    CSS.highlights.clear();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const started = performance.now();
    const ranges = S.results.filter((r: any) => r.status !== 'orphan').map((r: any) => S.map.rangeFor(r.start, r.end));
    CSS.highlights.set('pingyue-bench', new Highlight(...ranges));
    document.body.getBoundingClientRect();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  });
}

/** Peer `toRange` on the given anchors within a time budget; extrapolated to all when cut short. */
async function peerStep(
  page: Page,
  anchorsKey: string,
  budgetMs: number,
): Promise<{ ms: number; completed: number; found: number; correct: number; extrapolated: boolean }> {
  return page.evaluate(
    ({ key, budget }) => {
      const anchors = S[key] as any[];
      const expected = S[`${key}Expected`] as string[] | undefined;
      let found = 0;
      let correct = 0;
      let completed = 0;
      const started = performance.now();
      for (const anchor of anchors) {
        const { exact, prefix, suffix } = anchor.quote;
        // The peer's bitap limit is 32 characters; its own fromRange stores exactly 32 of context.
        const selector = { exact, prefix: prefix.slice(-32), suffix: suffix.slice(0, 32) };
        const range = PB.peer.toRange(document.body, selector, { hint: anchor.position.start });
        completed++;
        if (range) {
          found++;
          if (range.toString() === (expected?.[completed - 1] ?? exact)) correct++;
        }
        if (performance.now() - started > budget) break;
      }
      const elapsed = performance.now() - started;
      return {
        ms: (elapsed * anchors.length) / completed,
        completed,
        found,
        correct,
        extrapolated: completed < anchors.length,
      };
    },
    { key: anchorsKey, budget: budgetMs },
  );
}

/** Insert a line at the top of the page: every stored position is now off by its length. */
async function shiftPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const note = document.createElement('p');
    note.textContent = '（本报告已于审阅后修订）';
    document.body.prepend(note);
  });
}

/**
 * Edit 100 quotes in the DOM: replace one character in the middle of the quote and insert two
 * characters just before it. Applied from the end of the text backwards so earlier offsets stay valid.
 * The quotes are located with the results on the shifted page, which must have been resolved last.
 * Records where each edited quote should now be found (`editedExpected`).
 */
async function editQuotes(page: Page, every: number): Promise<number> {
  return page.evaluate((step) => {
    const map = PB.buildTextMap(document.body);
    const located = (S.results as any[])
      .map((r, i) => ({ r, i }))
      .filter(({ r, i }) => i % step === 0 && r.status !== 'orphan');
    const edits: { start: number; end: number }[] = [];
    for (const { r } of [...located].sort((a, b) => b.r.start - a.r.start)) {
      const middle = (r.start + r.end) >> 1;
      const inside = map.rangeFor(middle, middle + 1);
      const node = inside.startContainer as Text;
      node.replaceData(inside.startOffset, 1, node.data[inside.startOffset] === '某' ? '甲' : '某');
      const before = map.rangeFor(r.start, r.start);
      (before.startContainer as Text).insertData(before.startOffset, '新增');
      edits.push({ start: r.start, end: r.end });
    }
    S.edited = located.map(({ i }) => S.anchors[i]);
    const text = PB.buildTextMap(document.body).text;
    // Each quote moves by the two characters inserted before it and before every earlier quote.
    const shifted = (start: number) => start + 2 * edits.filter((e) => e.start <= start).length;
    S.editedExpectedStarts = located.map(({ r }) => shifted(r.start));
    S.editedExpected = located.map(({ r }) => text.slice(shifted(r.start), shifted(r.start) + r.end - r.start));
    return located.length;
  }, every);
}

/**
 * Delete 100 other quotes (with 40 characters on each side, so no prefix/suffix trace remains) and
 * keep their anchors in `S.deleted`: the worst case, a whole-text search for each.
 */
async function deleteQuotes(page: Page, every: number): Promise<number> {
  return page.evaluate((step) => {
    const map = PB.buildTextMap(document.body);
    const picked = (S.results as any[])
      .map((r, i) => ({ r, i }))
      .filter(({ r, i }) => i % step === step / 2 && r.status !== 'orphan');
    for (const { r } of [...picked].sort((a, b) => b.r.start - a.r.start)) {
      map.rangeFor(Math.max(0, r.start - 40), r.end + 40).deleteContents();
    }
    S.deleted = picked.map(({ i }) => S.anchors[i]);
    return picked.length;
  }, every);
}

async function fuzzyCorrectness(page: Page): Promise<number> {
  return page.evaluate(() =>
    (S.results as any[]).filter((r, k) => r.status === 'uncertain' && r.start === S.editedExpectedStarts[k]).length,
  );
}

async function main(): Promise<void> {
  const [code, { html, chars }] = [await bundle(), generatePage()];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort()); // no network
    await page.setContent(html, { waitUntil: 'load' });
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); define it.
    await page.evaluate('window.__name = (f) => f; window.S = {};');
    await page.addScriptTag({ content: code });

    const prepareMs = await runs(RUNS, () => prepareStep(page));
    const page1 = await createAnchors(page, ANNOTATIONS);
    let exactStatuses: Record<string, number> = {};
    const resolveExactMs = await runs(RUNS, async () => {
      const { ms, statuses } = await resolveStep(page, 'anchors');
      exactStatuses = statuses;
      return ms;
    });
    const paintMs = await runs(RUNS, () => paintStep(page));
    const peerExact = await peerStep(page, 'anchors', PEER_BUDGET_MS);

    await shiftPage(page);
    await prepareStep(page);
    // Time the gram index build on its own: enough lookups to pass the scan-first threshold.
    const gramIndexMs = await page.evaluate((scans) => {
      const probe = '索引构建计时用的字符串';
      for (let i = 0; i < scans; i++) S.prepared.findAll(probe, 1);
      const started = performance.now();
      S.prepared.findAll(probe, 1);
      return performance.now() - started;
    }, SCANS_BEFORE_INDEX);
    let shiftedStatuses: Record<string, number> = {};
    const shiftedRuns = await runsWithFirst(RUNS, async () => {
      const { ms, statuses } = await resolveStep(page, 'anchors');
      shiftedStatuses = statuses;
      return ms;
    });
    const resolveShiftedMs = shiftedRuns.median;

    const editedCount = await editQuotes(page, EDITED_EVERY);
    await prepareStep(page);
    let fuzzyStatuses: Record<string, number> = {};
    const resolveFuzzyMs = await runs(RUNS, async () => {
      const { ms, statuses } = await resolveStep(page, 'edited');
      fuzzyStatuses = statuses;
      return ms;
    });
    const fuzzyAtExpectedPlace = await fuzzyCorrectness(page);
    const peerFuzzy = await peerStep(page, 'edited', PEER_BUDGET_MS);

    await resolveStep(page, 'anchors'); // locate the remaining quotes on the edited page
    const deletedCount = await deleteQuotes(page, EDITED_EVERY);
    await prepareStep(page);
    let deletedStatuses: Record<string, number> = {};
    const resolveDeletedMs = await runs(RUNS, async () => {
      const { ms, statuses } = await resolveStep(page, 'deleted');
      deletedStatuses = statuses;
      return ms;
    });
    const prepareParts = (await page.evaluate(() => S.prepareParts)) as { textMapMs: number; normalizeMs: number }[];

    const summary = {
      anchoring: {
        chars: page1.chars,
        textNodes: page1.textNodes,
        generatedChars: chars,
        annotations: ANNOTATIONS,
        runs: RUNS,
        prepareMs: round(prepareMs),
        prepareParts: {
          textMapMs: round(median(prepareParts.slice(0, RUNS).map((p) => p.textMapMs))),
          normalizeMs: round(median(prepareParts.slice(0, RUNS).map((p) => p.normalizeMs))),
        },
        resolveExactMs: round(resolveExactMs),
        resolveShiftedMs: round(resolveShiftedMs),
        resolveShiftedFirstRunMs: round(shiftedRuns.first),
        gramIndexMs: round(gramIndexMs),
        resolveFuzzyMs: round(resolveFuzzyMs),
        resolveDeletedMs: round(resolveDeletedMs),
        paintMs: round(paintMs),
        totalMs: round(prepareMs + resolveExactMs + paintMs),
        statuses: { exact: exactStatuses, shifted: shiftedStatuses, fuzzy: fuzzyStatuses, deleted: deletedStatuses },
        fuzzy: { edited: editedCount, atExpectedPlace: fuzzyAtExpectedPlace },
        deleted: deletedCount,
        peer: {
          name: 'dom-anchor-text-quote@4.0.2',
          resolveExactMs: round(peerExact.ms),
          exact: { ...peerExact, ms: undefined },
          resolveFuzzyMs: round(peerFuzzy.ms),
          fuzzy: { ...peerFuzzy, ms: undefined },
        },
        ratioPeerOverOurs: round(peerExact.ms / resolveExactMs),
        ratioPeerOverOursShifted: round(peerExact.ms / resolveShiftedMs),
      },
    };
    console.log(JSON.stringify(summary));
  } finally {
    await browser.close();
  }
}

await main();
