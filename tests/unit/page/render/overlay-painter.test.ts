// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { overlayPainter } from '@/lib/page/render/overlay-painter';
import { FINDING_PAINT, FLASH, TAG_PAINT } from '@/lib/page/highlight-styles';
import type { Highlighter } from '@/lib/page/render/types';

// happy-dom has no layout: each range gets the line boxes a browser would give it, and the caret at a
// point is looked up from a table, as `caretPositionFromPoint` would answer.
const LINE = { top: 100, height: 20 };
let host: HTMLElement;
let text: Text;
let painter: Highlighter | null = null;

function rangeOf(start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  // One character is 10 px wide, the text starts at x = 0.
  range.getClientRects = () =>
    [{ left: start * 10, right: end * 10, width: (end - start) * 10, top: LINE.top, bottom: LINE.top + LINE.height, height: LINE.height }] as unknown as DOMRectList;
  return range;
}

const boxes = () => Array.from((host.firstElementChild?.children ?? []) as HTMLCollectionOf<HTMLElement>);
const frame = () => vi.advanceTimersToNextTimer();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  document.body.innerHTML = '<p>部分社区党组织书记抓党建的意识不够强。</p>';
  text = document.querySelector('p')!.firstChild as Text;
  host = document.createElement('div');
  document.documentElement.append(host);
  (document as unknown as { caretPositionFromPoint(x: number): { offsetNode: Node; offset: number } }).caretPositionFromPoint = (x) => ({
    offsetNode: text,
    offset: Math.round(x / 10),
  });
});
afterEach(() => {
  painter?.dispose();
  host.remove();
  vi.useRealTimers();
});

describe('overlay painter', () => {
  it('draws a translucent box with an underline over each line of a tagged passage, in its own host', () => {
    painter = overlayPainter(document, () => host, TAG_PAINT);
    painter.paint([{ id: 'a', layer: 'problem', color: '#dc2626', range: rangeOf(2, 6) }]);
    frame();
    expect(boxes()).toHaveLength(1);
    const [box] = boxes();
    expect(box!.style.left).toBe('20px');
    expect(box!.style.width).toBe('40px');
    expect(box!.style.background).toContain('#dc2626');
    expect(box!.style.pointerEvents).toBe('none');
    expect(document.body.querySelectorAll('div')).toHaveLength(0); // nothing inside the page's elements
  });

  it('draws checker findings as findings (an underline, no fill), not as tag boxes', () => {
    painter = overlayPainter(document, () => host, FINDING_PAINT);
    painter.paint([{ id: '', layer: 'error', color: '#e11d48', range: rangeOf(2, 6) }]);
    frame();
    const [box] = boxes();
    expect(box!.style.background).toBe('');
    expect(box!.style.borderBottom).toContain('dotted');
  });

  it('flashes a passage in the shared flash colour for the shared time, and keeps it through a redraw', () => {
    painter = overlayPainter(document, () => host, TAG_PAINT);
    painter.paint([{ id: 'a', layer: 'problem', color: '#dc2626', range: rangeOf(2, 6) }]);
    painter.flash(rangeOf(8, 10));
    frame();
    expect(boxes()).toHaveLength(2);
    window.dispatchEvent(new Event('scroll'));
    frame();
    expect(boxes().filter((b) => b.style.background.includes(FLASH.color))).toHaveLength(1);
    vi.advanceTimersByTime(FLASH.ms);
    frame();
    expect(boxes()).toHaveLength(1);
  });

  it('finds the passage under a point, innermost first, and none in the gap beside it', () => {
    painter = overlayPainter(document, () => host, TAG_PAINT);
    painter.paint([
      { id: 'outer', layer: 'problem', color: '#dc2626', range: rangeOf(0, 10) },
      { id: 'inner', layer: 'measure', color: '#2563eb', range: rangeOf(3, 5) },
    ]);
    expect(painter.itemsAt(41, 110).map((i) => i.id)).toEqual(['inner', 'outer']);
    expect(painter.itemsAt(71, 110).map((i) => i.id)).toEqual(['outer']);
    expect(painter.itemsAt(151, 110)).toEqual([]);
    expect(painter.itemsAt(41, 300), 'below the line: the caret is the nearest text, but the point is not on it').toEqual([]);
  });

  it('stops redrawing on scroll and resize once disposed, and removes its boxes', () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    painter = overlayPainter(document, () => host, TAG_PAINT);
    painter.paint([{ id: 'a', layer: 'problem', color: '#dc2626', range: rangeOf(2, 6) }]);
    frame();
    painter.dispose();
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['resize', 'scroll']);
    expect(host.children).toHaveLength(0);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(vi.getTimerCount()).toBe(0);
    painter = null;
  });
});
