import type { PaintItem } from './types';

/** The slack around a line box that still counts as on it (text layers' boxes are tight). */
const SLOP_PX = 1;
/** A range over more text nodes than this is not indexed node by node but checked on every query. */
const MAX_INDEXED_NODES = 2_000;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, as a literal: `NodeFilter` is not a global in every realm

/**
 * Finds the painted items under a viewport point. CSS Custom Highlights have no DOM events, so a click
 * or hover is matched against the ranges themselves, cheaply: the caret at the point gives a text node;
 * an index from text node to the items covering it (built on the first query after a paint) leaves a
 * handful of candidates, checked exactly (boundary comparison, then their line boxes, since the caret
 * of a point in the margin is the nearest text). Comparing the caret with every range costs ~1.7 µs a
 * range on a large page, every range's line boxes ~25 µs (bench/hit-test.ts).
 */
export class HitIndex {
  private byNode: Map<Node, PaintItem[]> | null = null;
  /** Items spanning too many nodes to index: checked on every query. */
  private spanning: PaintItem[] = [];

  constructor(private readonly items: readonly PaintItem[]) {}

  /** The items under (x, y), shortest first (the innermost of nested passages). */
  itemsAt(doc: Document, x: number, y: number): PaintItem[] {
    if (this.items.length === 0) return [];
    const caret = caretAt(doc, x, y);
    if (!caret) return [];
    const candidates = [...(this.index().get(caret.node) ?? []), ...this.spanning];
    const hits = candidates.filter((item) => contains(item.range, caret) && onLine(item.range, x, y));
    return hits.sort((a, b) => a.range.toString().length - b.range.toString().length);
  }

  private index(): Map<Node, PaintItem[]> {
    if (this.byNode) return this.byNode;
    this.byNode = new Map();
    for (const item of this.items) {
      const nodes = textNodesOf(item.range);
      if (!nodes) {
        this.spanning.push(item);
        continue;
      }
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(item);
        else this.byNode.set(node, [item]);
      }
    }
    return this.byNode;
  }
}

/** The text nodes a range covers, or null when they are too many to index. */
function textNodesOf(range: Range): Node[] | null {
  const { startContainer: start, endContainer: end } = range;
  if (start === end && start.nodeType === 3) return [start];
  const doc = start.ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, SHOW_TEXT);
  const nodes: Node[] = [];
  if (start.nodeType === 3) {
    walker.currentNode = start;
    nodes.push(start);
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (nodes.length >= MAX_INDEXED_NODES) return null;
    // Past the end: the end container itself, or the first text node after the end point.
    if (node !== end && range.comparePoint(node, 0) > 0) break;
    nodes.push(node);
    if (node === end) break;
  }
  return nodes;
}

function contains(range: Range, caret: { node: Node; offset: number }): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false; // the range's nodes left the document
  }
}

function onLine(range: Range, x: number, y: number): boolean {
  return Array.from(range.getClientRects()).some(
    (r) => x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX,
  );
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
