/**
 * Text map of a DOM subtree: the concatenated data of its text nodes plus a way back from offsets in
 * that string to DOM ranges and vice versa. Anchors store offsets into this text.
 *
 * Design choices (part of the `pingyue-text/1` strategy):
 * - No virtual separators between blocks: the text is `textContent`-like minus skipped subtrees, so
 *   positions are easy to reason about and cheap to compute. Matching removes all whitespace anyway
 *   (lib/anchoring/normalize.ts), so words that run together across blocks do not hurt.
 * - Skipping is structural (tag names, our UI attribute), never layout-based: computed styles would
 *   force style recalculation on a 1 MB page and make positions depend on which sections are expanded.
 * - Offsets are located by binary search over the start offsets of the (non-empty) text nodes.
 */

/** Elements whose text a reader never sees as report text. */
const SKIPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'textarea'];
/** Attribute on Pingyue's own UI hosts (toolbar, panels) so our labels never enter the text. */
export const UI_HOST_ATTRIBUTE = 'data-pingyue-ui';

export interface TextMap {
  /** Concatenated data of the mapped text nodes, in document order. */
  readonly text: string;
  /** DOM range over `text[start, end)`; boundaries at node edges go to the later node for `start`. */
  rangeFor(start: number, end: number): Range;
  /** Offsets of a range in `text`, or null when it does not lie within the mapped root. */
  offsetsOf(range: Range): { start: number; end: number } | null;
}

const TEXT_NODE = 3;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
/** `Node.DOCUMENT_POSITION_*` as literals: `Node` is not a global in every realm we run in (tests, workers). */
const FOLLOWING = 4;
const CONTAINED_BY = 16;
const SKIPPED_SELECTOR = [...SKIPPED_ELEMENTS, `[${UI_HOST_ATTRIBUTE}]`].join(',');

/**
 * Non-empty text nodes under `root` in document order, minus those inside skipped elements, with
 * their data. A native TreeWalker without a JS filter visits text nodes an order of magnitude faster
 * than walking the tree from script, so skipped subtrees (few: scripts, styles, our UI) are listed
 * first and their text nodes excluded by identity.
 */
function collectTextNodes(root: Node, nodes: Text[] = [], data: string[] = []): { nodes: Text[]; data: string[] } {
  const add = (node: Text) => {
    const text = node.data;
    if (text.length === 0) return;
    nodes.push(node);
    data.push(text);
  };
  if (root.nodeType === TEXT_NODE) {
    add(root as Text);
    return { nodes, data };
  }
  const doc = root.ownerDocument ?? (root as Document);
  const excluded = new Set<Node>();
  for (const skipped of (root as ParentNode).querySelectorAll?.(SKIPPED_SELECTOR) ?? []) {
    const inside = doc.createTreeWalker(skipped, SHOW_TEXT);
    while (inside.nextNode()) excluded.add(inside.currentNode);
  }
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (excluded.size === 0 || !excluded.has(node)) add(node);
  }
  return { nodes, data };
}

export function buildTextMap(root: Node): TextMap {
  return buildTextMapOver([root]);
}

/** One `[start, end)` of a text map's text per root it was built over. */
export interface Segmented {
  readonly segments: readonly { start: number; end: number }[];
}

/**
 * A text map over several disjoint subtrees given in document order (the rendered pages of a paged
 * viewer): their text concatenated, with the span of each in `segments`.
 */
export function buildTextMapOver(roots: readonly Node[]): TextMap & Segmented {
  const nodes: Text[] = [];
  const data: string[] = [];
  const rootEnds: number[] = [];
  for (const root of roots) {
    collectTextNodes(root, nodes, data);
    rootEnds.push(nodes.length);
  }
  const root = roots[0] ?? null;
  const starts = new Uint32Array(nodes.length + 1);
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    starts[i] = offset;
    offset += data[i]!.length;
  }
  starts[nodes.length] = offset;
  const text = data.join('');
  const ownerDocument = root ? root.ownerDocument ?? (root as Document) : null;
  /** Node → index, built on the first `offsetsOf` (painting only needs `rangeFor`). */
  let indexOfNode: Map<Node, number> | null = null;

  /** Index of the last node whose start is `<= offset` (`< offset` when `strict`). */
  const nodeIndexAt = (offset: number, strict: boolean): number => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      const start = starts[mid]!;
      if (strict ? start < offset : start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const rangeFor = (start: number, end: number): Range => {
    const clampedStart = Math.max(0, Math.min(start, text.length));
    const clampedEnd = Math.max(clampedStart, Math.min(end, text.length));
    if (!ownerDocument) throw new RangeError('rangeFor: a text map over no roots');
    const range = ownerDocument.createRange();
    if (nodes.length === 0) {
      range.selectNodeContents(root!);
      range.collapse(true);
      return range;
    }
    const startIndex = nodeIndexAt(clampedStart, false);
    range.setStart(nodes[startIndex]!, clampedStart - starts[startIndex]!);
    if (clampedEnd === clampedStart) {
      range.collapse(true);
      return range;
    }
    const endIndex = nodeIndexAt(clampedEnd, true);
    range.setEnd(nodes[endIndex]!, clampedEnd - starts[endIndex]!);
    return range;
  };

  /** Text offset of a DOM boundary point: inside a mapped node directly, else the next mapped node. */
  const offsetOfBoundary = (container: Node, boundaryOffset: number): number => {
    indexOfNode ??= new Map(nodes.map((node, i) => [node, i]));
    const index = indexOfNode.get(container);
    if (index !== undefined) return starts[index]! + Math.min(boundaryOffset, nodes[index]!.data.length);
    const child = container.nodeType === TEXT_NODE ? null : container.childNodes[boundaryOffset];
    // The point lies just before `child`, or (no child / unmapped text) just after `container`'s content.
    const isAtOrAfterPoint = child
      ? (node: Node) => node === child || (child.compareDocumentPosition(node) & FOLLOWING) !== 0
      : (node: Node) => {
          const position = container.compareDocumentPosition(node);
          return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
        };
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (isAtOrAfterPoint(nodes[mid]!)) high = mid;
      else low = mid + 1;
    }
    return starts[low]!;
  };

  const offsetsOf = (range: Range): { start: number; end: number } | null => {
    const inRoot = (node: Node) => roots.some((r) => node === r || r.contains(node));
    if (!inRoot(range.startContainer) || !inRoot(range.endContainer)) return null;
    const start = offsetOfBoundary(range.startContainer, range.startOffset);
    const end = offsetOfBoundary(range.endContainer, range.endOffset);
    return { start, end: Math.max(start, end) };
  };

  const segments = rootEnds.map((end, i) => ({ start: starts[i === 0 ? 0 : rootEnds[i - 1]!]!, end: starts[end]! }));
  return { text, rangeFor, offsetsOf, segments };
}
