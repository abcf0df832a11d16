// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HitIndex } from '@/lib/page/render/hit-test';

// happy-dom has no layout: the caret at a point comes from a table, and every range is one line box
// wide enough for any point used here (the caret check is what is tested).
let caret: { offsetNode: Node; offset: number } | null = null;
beforeEach(() => {
  document.body.innerHTML = '<p>甲乙<b>丙丁</b>戊己</p><p>庚辛</p>';
  (document as unknown as { caretPositionFromPoint(): typeof caret }).caretPositionFromPoint = () => caret;
});

function item(id: string, range: Range) {
  range.getClientRects = () => [{ left: 0, right: 1000, top: 0, bottom: 20 }] as unknown as DOMRectList;
  return { id, layer: 'problem', color: '#dc2626', range };
}

describe('HitIndex', () => {
  it('finds a passage spanning several text nodes from a caret in any of them, and not past its end', () => {
    const [first, bold, last] = [...document.querySelector('p')!.childNodes].map((n) => (n.nodeType === 3 ? n : n.firstChild!));
    const range = document.createRange();
    range.setStart(first!, 1);
    range.setEnd(last!, 1);
    const other = document.createRange();
    other.selectNodeContents(document.querySelectorAll('p')[1]!.firstChild!);
    const index = new HitIndex([item('across', range), item('other', other)]);
    const at = (node: Node, offset: number) => {
      caret = { offsetNode: node, offset };
      return index.itemsAt(document, 10, 10).map((i) => i.id);
    };
    expect(at(bold!, 1)).toEqual(['across']);
    expect(at(first!, 1)).toEqual(['across']);
    expect(at(first!, 0)).toEqual([]);
    expect(at(last!, 1)).toEqual(['across']);
    expect(at(last!, 2)).toEqual([]);
    expect(at(document.querySelectorAll('p')[1]!.firstChild!, 1)).toEqual(['other']);
    caret = null;
    expect(index.itemsAt(document, 10, 10)).toEqual([]);
  });
});
