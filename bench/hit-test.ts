/**
 * Finding the highlight under the pointer: `npx tsx bench/hit-test.ts`.
 *
 * CSS Custom Highlights have no DOM events, so each click, and each pointer move (at most once a
 * frame), is matched against the painted ranges. A long report (600 paragraphs) with 2,000 highlighted
 * passages, in real Chromium; 400 points over the visible part of the page. `itemsAtPoint`
 * (lib/page/render/hit-test: the caret at the point rules ranges out by a boundary comparison, line
 * boxes only for the few that contain it) against the plain way, every range's line boxes per point.
 * Both must find the same highlights. The last stdout line is one JSON object.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const PARAGRAPHS = 600;
const HIGHLIGHTS = 2_000;
const POINTS = 400;

const bundle = await build({
  entryPoints: [path.resolve(import.meta.dirname, '../lib/page/render/hit-test.ts')],
  bundle: true, write: false, format: 'iife', globalName: 'pingyueHitTest',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const sentence = '本年度完成社区党组织换届七个，新发展党员二十三名，其中青年十四名，开展专题调研十二次。';
  await page.setContent(`<!doctype html><meta charset="utf-8"><body style="font:16px/1.6 sans-serif;max-width:900px">${
    Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${i + 1}. ${sentence.repeat(3)}</p>`).join('')}</body>`);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); define it.
  await page.evaluate('window.__name = (f) => f;');
  const result = await page.evaluate(({ HIGHLIGHTS, POINTS }) => {
    const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const items = Array.from({ length: HIGHLIGHTS }, (_, i) => {
      const text = texts[(i * 7) % texts.length]!;
      const start = (i * 13) % (text.length - 20);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 12);
      return { id: String(i), layer: 'problem', color: '#dc2626', range };
    });
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    const points = Array.from({ length: POINTS }, (_, i) => ({ x: 20 + ((i * 97) % 860), y: 10 + ((i * 53) % 880) }));
    const plain = (x: number, y: number) =>
      items.filter((item) => [...item.range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1));
    const { HitIndex } = (window as unknown as { pingyueHitTest: typeof import('../lib/page/render/hit-test') }).pingyueHitTest;
    const index = new HitIndex(items);
    const time = (find: (x: number, y: number) => { id: string }[]) => {
      const found: string[] = [];
      const started = performance.now();
      for (const { x, y } of points) found.push(find(x, y).map((i) => i.id).sort().join(','));
      return { msPerPoint: (performance.now() - started) / points.length, found };
    };
    time(plain); // warm-up: layout
    const naive = time(plain);
    const firstStarted = performance.now();
    index.itemsAt(document, 0, 0); // the first query after a paint builds the index
    const indexMs = performance.now() - firstStarted;
    const ours = time((x, y) => index.itemsAt(document, x, y));
    return {
      indexMs,
      naiveMsPerPoint: naive.msPerPoint,
      hitTestMsPerPoint: ours.msPerPoint,
      pointsOnAHighlight: ours.found.filter(Boolean).length,
      sameAnswers: naive.found.every((f, i) => f === ours.found[i]),
    };
  }, { HIGHLIGHTS, POINTS });
  console.error(`hit test over ${HIGHLIGHTS} highlights: ${result.hitTestMsPerPoint.toFixed(3)} ms/point vs all line boxes ${result.naiveMsPerPoint.toFixed(3)} ms/point`);
  console.log(JSON.stringify({ hitTest: { highlights: HIGHLIGHTS, points: POINTS, ...result, speedup: result.naiveMsPerPoint / result.hitTestMsPerPoint } }));
} finally {
  await browser.close();
}
