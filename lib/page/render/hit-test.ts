import type { PaintItem } from './types';

/** The slack around a line box that still counts as on it (text layers' boxes are tight). */
const SLOP_PX = 1;

/**
 * Painted items under a viewport point. CSS Custom Highlights have no DOM events, so a click or hover
 * is matched against the ranges themselves. Cheap first: the caret position at the point rules out
 * every range that does not contain it (a boundary comparison, no layout); only the few that do are
 * checked against their line boxes, since the caret of a point in the margin is the nearest text.
 */
export function itemsAtPoint(doc: Document, items: readonly PaintItem[], x: number, y: number): PaintItem[] {
  if (items.length === 0) return [];
  const caret = caretAt(doc, x, y);
  if (!caret) return [];
  const hits = items.filter((item) => {
    const { range } = item;
    try {
      if (!range.isPointInRange(caret.node, caret.offset)) return false;
    } catch {
      return false; // the range's nodes left the document
    }
    return Array.from(range.getClientRects()).some(
      (r) => x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX,
    );
  });
  return hits.sort((a, b) => a.range.toString().length - b.range.toString().length);
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  // Firefox and current Chrome have the standard one; older Chrome only the WebKit one.
  const standard = (doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint;
  if (standard) {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
