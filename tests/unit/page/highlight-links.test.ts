// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightLinks } from '@/lib/page/highlight-links';
import { HoverCard } from '@/lib/page/hover-card';
import { PAGE_TEXT } from '@/lib/i18n/page-text';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { Highlighter, PaintItem } from '@/lib/page/render/types';
import type { Annotation } from '@/lib/schema';

let root: ShadowRoot;
let host: HTMLElement;
let items: PaintItem[];
let links: HighlightLinks;
const onOpen = vi.fn();

const annotation = (id: string, tagId: string, comment: string) => ({ id, tagId, comment }) as Annotation;
const annotations = [annotation('a1', 'problem', '哪些党员？没有说明'), annotation('a2', 'gone-tag', '')];

function painter(): Highlighter {
  return {
    paint: () => {},
    flash: () => {},
    clear: () => {},
    dispose: () => {},
    painted: () => items,
    // The point (x, y) is on an item when x falls inside [start*10, end*10) of the paragraph's text.
    itemsAt: (x) => items.filter((i) => x >= i.range.startOffset * 10 && x < i.range.endOffset * 10),
  };
}

function rangeOf(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  range.getClientRects = () => [{ left: start * 10, right: end * 10, top: 0, bottom: 20, width: (end - start) * 10, height: 20 }] as unknown as DOMRectList;
  return range;
}

const card = () => root.querySelector<HTMLElement>('.hover-card');
const mouse = (type: string, x: number, init: MouseEventInit = {}) => new MouseEvent(type, { clientX: x, clientY: 10, button: 0, ...init });
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

beforeEach(() => {
  document.body.innerHTML = '<p>个别党员参加组织生活不够经常，<a href="#x">链接</a>。</p>';
  const text = document.querySelector('p')!.firstChild!;
  items = [
    { id: 'a1', layer: 'problem', color: '#dc2626', range: rangeOf(text, 0, 14) },
    { id: '', layer: 'error', color: '#e11d48', range: rangeOf(text, 14, 15) },
  ];
  host = document.createElement('pingyue-ui');
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'closed' });
  onOpen.mockReset();
  links = new HighlightLinks(document, {
    painter,
    annotations: () => annotations,
    tags: () => DEFAULT_TAG_SET.tags,
    card: new HoverCard(() => root, PAGE_TEXT.zh),
    onOpen,
  });
});
afterEach(() => {
  links.dispose();
  host.remove();
});

describe('highlight links', () => {
  it('a click on a highlight asks for its card; on plain text, on a checker finding or ending a selection, nothing', () => {
    links.onClick(mouse('click', 50));
    expect(onOpen).toHaveBeenCalledWith('a1');
    onOpen.mockReset();
    links.onClick(mouse('click', 500));
    links.onClick(mouse('click', 145));
    links.onClick(mouse('click', 50, { button: 2 }));
    const selection = document.getSelection()!;
    selection.addRange(rangeOf(document.querySelector('p')!.firstChild!, 0, 4));
    links.onClick(mouse('click', 50));
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('hovering shows the tag and comment in the shadow root, once a frame, and hides off the highlight', async () => {
    links.onPointerMove(mouse('mousemove', 50));
    await nextFrame();
    expect(card()?.hidden).toBe(false);
    expect(card()?.textContent).toContain('问题');
    expect(card()?.textContent).toContain('哪些党员？没有说明');
    expect(card()?.getAttribute('role')).toBe('tooltip');
    expect(document.body.textContent).not.toContain('哪些党员');
    links.onPointerMove(mouse('mousemove', 500));
    await nextFrame();
    expect(card()?.hidden).toBe(true);
    // A drag in progress (a button held) is a selection being made: no card.
    links.onPointerMove(mouse('mousemove', 50, { buttons: 1 }));
    await nextFrame();
    expect(card()?.hidden).toBe(true);
  });

  it('keyboard focus on an element inside a highlight shows its note; a deleted tag is named as such', () => {
    items = [{ id: 'a2', layer: 'deleted-tag', color: '#6b7280', range: (() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      return range;
    })() }];
    document.querySelector('a')!.getBoundingClientRect = () => ({ left: 150, right: 170, top: 0, bottom: 20 }) as DOMRect;
    links.onFocusIn(document.querySelector('a'));
    expect(card()?.hidden).toBe(false);
    expect(card()?.textContent).toContain('已删除的标签');
    expect(card()?.textContent).toContain('尚无批注意见');
    links.onFocusIn(document.body);
    expect(card()?.hidden).toBe(true);
  });
});
