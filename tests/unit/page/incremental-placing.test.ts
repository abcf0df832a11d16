// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/page/annotator';
import { AnchorMemo } from '@/lib/page/anchor-memo';
import { placeAll, type Placement } from '@/lib/page/place-anchors';
import { buildTextMap } from '@/lib/anchoring/text-map';
import { describeRange } from '@/lib/anchoring/describe';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { Annotation, ContentToBackground, PageState } from '@/lib/schema';

// A large ordinary page (an OA list around a report) that keeps changing: placing follows the change,
// not the page. Painted passages are live ranges; only those a change touched, and those not found
// when text arrives, are placed again, near the change. The result must be what placing everything
// afresh on the new page gives.

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** Filler rows, distinct from each other and from the passages (an OA to-do list). */
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<div class="row"><span>收文〔2026〕${from + i}号</span><span>关于第${from + i}批材料的通知，经办人${(from + i) % 97}</span></div>`).join('');

const PASSAGES = [
  '全年走访社区工作者四十三人',
  '理论学习不够深入，学用结合还有差距',
  '每月集中学习两次，全年不少于二十四次',
  '组织专题培训六场，覆盖党员两百余人',
];

function page(): void {
  document.body.innerHTML =
    `<header>办公系统 <span id="clock">09:00:00</span></header><ul id="feed"></ul>${rows(0, 200)}` +
    PASSAGES.map((p, i) => `<p id="p${i}">第${i + 1}段：${p}。</p>${rows(1000 * (i + 1), 120)}`).join('');
}

function background(annotations: () => Annotation[]) {
  const sent: ContentToBackground[] = [];
  const send = vi.fn(async (message: ContentToBackground) => {
    sent.push(message);
    const state = { documentId: 'd1', annotations: annotations(), tagSet: DEFAULT_TAG_SET } satisfies PageState;
    if (message.type === 'page/opened') return state;
    return message.type === 'viewer/read-app' ? { state: 'absent' } : null;
  });
  return { sent, send: send as unknown as <T>(message: ContentToBackground) => Promise<T> };
}

/** Annotations on the passages, described on the page as it is now (as if tagged just before). */
function annotationsOnPage(): Annotation[] {
  const { text } = buildTextMap(document.body);
  return PASSAGES.map((p, i) => ({
    id: `a${i}`,
    documentId: 'd1',
    tagId: 'problem',
    comment: '',
    anchor: describeRange(text, text.indexOf(p), text.indexOf(p) + p.length),
    anchorStatus: 'anchored',
    createdAt: 1,
    updatedAt: 1,
  }));
}

type Placed = Map<string, { placement: Placement; range: Range | null }>;
const placedBy = (annotator: Annotator) => (annotator as unknown as { placements: Placed }).placements;

/** Each annotation's placement as placing everything afresh on the page now gives it: kind and offsets. */
function placedAfresh(annotations: readonly Annotation[]): Map<string, string> {
  const map = buildTextMap(document.body);
  const memo = new AnchorMemo();
  const view = { rendered: { text: map.text, pages: [] }, paged: false, pageCount: 0, pageText: () => null, complete: true };
  const items = annotations.map((a) => ({ id: a.id, anchor: a.anchor, status: a.anchorStatus }));
  const { placements } = placeAll(view, items, (text, key, anchor) => memo.resolve(text, key, anchor));
  return new Map([...placements].map(([id, p]) => [id, p.kind === 'painted' ? `painted ${p.start}-${p.end}` : p.kind]));
}

/** The annotator's placements now, in the fresh map's offsets (its ranges are live: they follow the DOM). */
function placedNow(annotator: Annotator): Map<string, string> {
  const map = buildTextMap(document.body);
  return new Map(
    [...placedBy(annotator)].map(([id, { placement, range }]) => {
      if (!range) return [id, placement.kind];
      const offsets = map.offsetsOf(range)!;
      return [id, `painted ${offsets.start}-${offsets.end}`];
    }),
  );
}

let annotator: Annotator | null = null;
beforeEach(() => {
  window.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  document.title = '待办事项';
  page();
});
afterEach(() => {
  annotator?.dispose();
  annotator = null;
  vi.restoreAllMocks();
});

async function started(annotations: Annotation[]) {
  const stored = { annotations };
  const { sent, send } = background(() => stored.annotations);
  annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
  await annotator.start();
  await settle();
  return { sent, annotator, stored };
}

// Each step waits for the observer's debounce and the idle placing after it (`settle`): a test of nine
// steps takes 4–5 s, near vitest's default limit on a loaded machine.
describe('placing on a large page that keeps changing', { timeout: 20_000 }, () => {
  it('costs nothing for a clock ticking after a burst of changes that made the identity stale', async () => {
    const { sent } = await started(annotationsOnPage());
    expect([...placedBy(annotator!).values()].every((p) => p.range)).toBe(true);
    // A notification list refreshed a few times: more change than the identity absorbs, no net growth.
    const feed = document.getElementById('feed')!;
    for (let round = 0; round < 3; round++) {
      feed.innerHTML = Array.from({ length: 60 }, (_, i) => `<li>消息 ${round}-${i}：请及时办理本周到期的公文事项</li>`).join('');
      await settle();
    }
    feed.replaceChildren();
    await settle();
    const ranges = vi.spyOn(document, 'createRange');
    const before = sent.length;
    for (const time of ['09:00:01', '09:00:02', '09:00:03', '09:00:04']) {
      document.getElementById('clock')!.textContent = time;
      await settle();
    }
    expect(ranges, 'nothing is placed or painted again').not.toHaveBeenCalled();
    expect(sent.slice(before), 'nothing is sent').toEqual([]);
  });

  it('finds a passage that was missing once its text arrives, near where it arrived', async () => {
    const annotations = annotationsOnPage();
    const after = document.getElementById('p2')!.nextSibling!;
    document.getElementById('p2')!.remove();
    const { sent } = await started(annotations);
    await expect.poll(() => sent.find((m) => m.type === 'annotation/statuses')).toMatchObject({ statuses: [{ id: 'a2', status: 'orphan' }] });
    expect(placedBy(annotator!).get('a2')!.range).toBeNull();

    const back = document.createElement('p');
    back.textContent = `第3段：${PASSAGES[2]}。`;
    after.before(back);
    await settle();
    await expect.poll(() => sent.filter((m) => m.type === 'annotation/statuses').at(-1)).toMatchObject({ statuses: [{ id: 'a2', status: 'anchored' }] });
    expect(placedBy(annotator!).get('a2')!.range!.toString()).toBe(PASSAGES[2]);
  });

  it('finds a passage whose text was edited away gone from the whole page (未能定位)', async () => {
    const { sent } = await started(annotationsOnPage());
    document.getElementById('p1')!.textContent = '第2段：（本段已删除）';
    await settle();
    await expect.poll(() => sent.find((m) => m.type === 'annotation/statuses')).toMatchObject({ statuses: [{ id: 'a1', status: 'orphan' }] });
  });

  it('places as placing everything afresh would, after random changes in and around the passages', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      page();
      const annotations = annotationsOnPage();
      const { stored } = await started(annotations);
      let state = seed;
      const pick = (n: number) => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return (state >>> 8) % n;
      };
      const removed: HTMLElement[] = [];
      for (let batch = 0; batch < 6; batch++) {
        switch (pick(5)) {
          case 0:
            document.getElementById('clock')!.textContent = `09:0${batch}:${pick(60)}`;
            break;
          case 1: {
            // A passage's paragraph removed, or one removed before put back where it was.
            const back = removed.pop();
            if (back) {
              const next = document.getElementById(`p${Number(back.id.slice(1)) + 1}`);
              if (next) next.before(back);
              else document.body.append(back);
            } else {
              const p = document.getElementById(`p${pick(PASSAGES.length)}`)!;
              removed.push(p);
              p.remove();
            }
            break;
          }
          case 2: {
            const rowsNow = document.querySelectorAll('.row span');
            rowsNow[pick(rowsNow.length)]!.textContent = `已办结${pick(1000)}`;
            break;
          }
          case 3:
            document.querySelectorAll('.row')[pick(200)]!.insertAdjacentHTML('afterend', rows(9000 + batch * 10, 3));
            break;
          default:
            document.getElementById('feed')!.innerHTML = `<li>消息${pick(100)}</li>`;
        }
        await settle();
        await settle();
        expect(placedNow(annotator!), `seed ${seed}, change ${batch}`).toEqual(placedAfresh(stored.annotations));
      }
      annotator!.dispose();
      annotator = null;
    }
  }, 60_000);
});
