import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/anchoring/describe';
import { AnchorMemo } from '@/lib/page/anchor-memo';
import { placeAll, placeAnchor, type DocumentView } from '@/lib/page/place-anchors';
import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema';

// Five pages of a report; page 2 and page 4 share a template sentence (boilerplate).
const PAGES = [
  '2025年度个人述职报告。一、主要成绩。全年走访社区工作者四十三人。',
  '二、存在问题。对照上级要求，仍有差距。理论学习不够深入。',
  '三、原因分析。主观努力不够，工作方法单一。',
  '四、整改措施。对照上级要求，仍有差距。下一步加强学习，每月集中学习两次。',
  '五、其他。以上报告，请予审议。',
];

const memo = new AnchorMemo();
const resolve = (text: string, key: string, anchor: Anchor) => memo.resolve(text, key, anchor);

/** A view where `shown` pages are rendered, and the text of `known` pages is known. */
function view(shown: number[], known: number[] = shown): DocumentView {
  let text = '';
  const pages = shown.map((number) => {
    const start = text.length;
    text += PAGES[number - 1]!;
    return { number, start, end: text.length };
  });
  return {
    rendered: { text, pages },
    paged: true,
    pageCount: PAGES.length,
    pageText: (n) => (known.includes(n) ? PAGES[n - 1]! : null),
    complete: known.length === PAGES.length,
  };
}

function pagedAnchor(page: number, exact: string): Extract<Anchor, { page: number }> {
  const text = PAGES[page - 1]!;
  const start = text.indexOf(exact);
  const { quote, position } = describeRange(text, start, start + exact.length);
  return { strategy: PAGED_ANCHOR_STRATEGY, quote, position, page };
}

describe('placeAnchor on a paged document', () => {
  it('paints an anchor whose page is rendered, at its place in the rendered text', () => {
    const placement = placeAnchor(view([3, 4]), 'a', pagedAnchor(4, '每月集中学习两次'), resolve);
    const rendered = view([3, 4]).rendered.text;
    expect(placement).toMatchObject({ kind: 'painted', status: 'anchored', page: 4 });
    if (placement.kind === 'painted') expect(rendered.slice(placement.start, placement.end)).toBe('每月集中学习两次');
  });

  it('keeps an anchor whose page is not rendered pending on that page, even when a look-alike is on screen', () => {
    // Page 2's copy of the template sentence is on screen; the annotation was made on page 4.
    expect(placeAnchor(view([1, 2]), 'b', pagedAnchor(4, '对照上级要求，仍有差距'), resolve)).toEqual({ kind: 'pending', page: 4 });
    expect(placeAnchor(view([1, 2], [1, 2, 3, 4, 5]), 'b', pagedAnchor(4, '对照上级要求，仍有差距'), resolve)).toEqual({ kind: 'pending', page: 4 });
  });

  it('never loses an anchor from a partial view, and loses it once every page is known without it', () => {
    const gone = { ...pagedAnchor(3, '工作方法单一'), quote: { type: 'TextQuoteSelector' as const, exact: '这句话已从报告删除', prefix: '', suffix: '' } };
    expect(placeAnchor(view([3]), 'c', gone, resolve)).toEqual({ kind: 'pending', page: null });
    expect(placeAnchor(view([3], [1, 2, 3, 4, 5]), 'c', gone, resolve)).toEqual({ kind: 'lost' });
  });

  it('finds a passage that moved to another page, nearest page first', () => {
    const moved: Anchor = { ...pagedAnchor(5, '以上报告，请予审议'), page: 1 };
    expect(placeAnchor(view([2], [1, 2, 3, 4, 5]), 'd', moved, resolve)).toEqual({ kind: 'pending', page: 5 });
  });

  it('places an unpaged anchor (a checker finding, an old annotation) on the rendered text or a known page', () => {
    const reading = PAGES.join('\n');
    const start = reading.indexOf('每月集中学习两次');
    const finding = describeRange(reading, start, start + 8);
    expect(placeAnchor(view([1], [1, 2, 3, 4, 5]), 'e', finding, resolve)).toEqual({ kind: 'pending', page: 4 });
    expect(placeAnchor(view([4]), 'e', finding, resolve)).toMatchObject({ kind: 'painted', page: 4 });
  });
});

describe('placeAll', () => {
  it('reports status changes only for what it painted or really lost, never for pending anchors', () => {
    const items = [
      { id: 'on-screen', anchor: pagedAnchor(1, '全年走访社区工作者四十三人'), status: 'unknown' as const },
      { id: 'elsewhere', anchor: pagedAnchor(4, '每月集中学习两次'), status: 'anchored' as const },
      { id: 'was-lost', anchor: pagedAnchor(4, '下一步加强学习'), status: 'orphan' as const },
    ];
    const { placements, changes } = placeAll(view([1]), items, resolve);
    expect(changes).toEqual([{ id: 'on-screen', status: 'anchored' }]);
    expect(placements.get('elsewhere')).toEqual({ kind: 'pending', page: 4 });
    expect(placements.get('was-lost')).toEqual({ kind: 'pending', page: 4 });
  });

  it('on an unpaged page, a passage that is not there is lost', () => {
    const page: DocumentView = { rendered: { text: PAGES[0]!, pages: [] }, paged: false, pageCount: 0, pageText: () => null, complete: true };
    const missing = describeRange(PAGES[1]!, 0, 6);
    const { changes } = placeAll(page, [{ id: 'x', anchor: missing, status: 'anchored' }], resolve);
    expect(changes).toEqual([{ id: 'x', status: 'orphan' }]);
  });
});

describe('placing on a large unpaged page', () => {
  const rows = Array.from({ length: 6_000 }, (_, i) => `第${i + 1}条 收文〔2026〕${1000 + i}号 关于做好第${(i % 12) + 1}批材料的通知。`).join('');
  const page = (clock: string): DocumentView => ({
    rendered: { text: `公文办理系统 ${clock}${rows}`, pages: [] },
    paged: false,
    pageCount: 0,
    pageText: () => null,
    complete: true,
  });
  const made = page('12:00:01.5');
  const exact = '收文〔2026〕1003号 关于做好第4批材料的通知';
  const start = made.rendered.text.indexOf(exact);
  const anchor = describeRange(made.rendered.text, start, start + exact.length);

  it('finds a passage near where it was made after the text before it grew, without searching the whole page', () => {
    const now = page('12:00:01.905');
    const texts: number[] = [];
    const placement = placeAnchor(now, 'clock', anchor, (text, key, a) => (texts.push(text.length), new AnchorMemo().resolve(text, key, a)));
    const at = now.rendered.text.indexOf(exact);
    expect(placement).toEqual({ kind: 'painted', start: at, end: at + exact.length, status: 'anchored', page: null });
    expect(Math.max(...texts)).toBeLessThan(10_000);
  });

  it('searches the whole page when the passage is not near where it was made', () => {
    const moved: DocumentView = { ...made, rendered: { text: rows.replace(exact, '收文〔2026〕9999号 另行通知') + exact, pages: [] } };
    const placement = placeAnchor(moved, 'moved', anchor, (text, key, a) => new AnchorMemo().resolve(text, key, a));
    const whole = new AnchorMemo().resolve(moved.rendered.text, 'moved', anchor);
    expect(whole.status).not.toBe('orphan');
    expect(placement).toMatchObject({ kind: 'painted', start: (whole as { start: number }).start, status: whole.status });
  });
});
