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

/** The mapped nodes, where each one's text starts (one more entry: the text's length), and the text. */
interface MapState {
  nodes: Text[];
  starts: Uint32Array;
  text: string;
}

function startsOf(lengths: readonly number[]): Uint32Array {
  const starts = new Uint32Array(lengths.length + 1);
  let offset = 0;
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = offset;
    offset += lengths[i]!;
  }
  starts[lengths.length] = offset;
  return starts;
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
  const state: MapState = { nodes, starts: startsOf(data.map((d) => d.length)), text: data.join('') };
  /** Node → index, built on the first `offsetsOf` (painting only needs `rangeFor`). */
  let indexOfNode: Map<Node, number> | null = null;
  const { rangeFor, offsetsOf } = mapAccess(state, roots, (node) => (indexOfNode ??= new Map(nodes.map((n, i) => [n, i]))).get(node));
  const segments = rootEnds.map((end, i) => ({ start: state.starts[i === 0 ? 0 : rootEnds[i - 1]!]!, end: state.starts[end]! }));
  return { text: state.text, rangeFor, offsetsOf, segments };
}

/** Index of the last of `count` ascending `starts` that is `<= offset` (`< offset` when `strict`), or 0. */
function lastStartAt(starts: ArrayLike<number>, count: number, offset: number, strict: boolean): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const start = starts[mid]!;
    if (strict ? start < offset : start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Whether a text node lies at or after a DOM boundary point, in tree order: the container itself when
 * it is a text node, a node from the point's `child` on, or (no child) one after the container's content.
 */
function atOrAfterPoint(container: Node, boundaryOffset: number): (node: Node) => boolean {
  if (container.nodeType === TEXT_NODE) return (node) => node === container || (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
  const child = container.childNodes[boundaryOffset];
  if (child) return (node) => node === child || (child.compareDocumentPosition(node) & FOLLOWING) !== 0;
  return (node) => {
    const position = container.compareDocumentPosition(node);
    return (position & FOLLOWING) !== 0 && (position & CONTAINED_BY) === 0;
  };
}

/**
 * The range of text offsets `[start, end)` (clamped to the text), given the mapped node holding an
 * offset and where it starts (`nodeAt`, its last `<= offset`, or `< offset` when `strict`). A map of
 * no text gives a collapsed range at the start of `root`.
 */
function rangeOver(
  doc: Document,
  root: Node,
  textLength: number,
  nodeAt: ((offset: number, strict: boolean) => { node: Text; start: number }) | null,
  start: number,
  end: number,
): Range {
  const clampedStart = Math.max(0, Math.min(start, textLength));
  const clampedEnd = Math.max(clampedStart, Math.min(end, textLength));
  const range = doc.createRange();
  if (!nodeAt) {
    range.selectNodeContents(root);
    range.collapse(true);
    return range;
  }
  const from = nodeAt(clampedStart, false);
  range.setStart(from.node, clampedStart - from.start);
  if (clampedEnd === clampedStart) {
    range.collapse(true);
    return range;
  }
  const to = nodeAt(clampedEnd, true);
  range.setEnd(to.node, clampedEnd - to.start);
  return range;
}

/** `rangeFor` and `offsetsOf` over a map's state (read on every call: a live map replaces it). */
function mapAccess(state: MapState, roots: readonly Node[], indexOf: (node: Node) => number | undefined): Pick<TextMap, 'rangeFor' | 'offsetsOf'> {
  const root = roots[0] ?? null;
  const ownerDocument = root ? root.ownerDocument ?? (root as Document) : null;

  const nodeAt = (offset: number, strict: boolean) => {
    const i = lastStartAt(state.starts, state.nodes.length, offset, strict);
    return { node: state.nodes[i]!, start: state.starts[i]! };
  };

  const rangeFor = (start: number, end: number): Range => {
    if (!ownerDocument) throw new RangeError('rangeFor: a text map over no roots');
    return rangeOver(ownerDocument, root!, state.text.length, state.nodes.length > 0 ? nodeAt : null, start, end);
  };

  /** Text offset of a DOM boundary point: inside a mapped node directly, else the next mapped node. */
  const offsetOfBoundary = (container: Node, boundaryOffset: number): number => {
    const { nodes, starts } = state;
    const index = indexOf(container);
    if (index !== undefined) return starts[index]! + Math.min(boundaryOffset, nodes[index]!.data.length);
    const isAtOrAfterPoint = atOrAfterPoint(container, boundaryOffset);
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

  return { rangeFor, offsetsOf };
}

/**
 * A text map of one subtree that follows the DOM as it changes, for large pages: it is built in
 * slices (`build`, e.g. in idle time) and kept current from MutationObserver records (`update`) at a
 * cost in proportion to the change, not to the page (the blocks of nodes around a change are walked
 * again, the text is sliced around them). Same text and offsets as {@link buildTextMap} of the subtree
 * at that moment.
 */
export interface LiveTextMap extends TextMap {
  /** Walks on while `more()` says so; true once the map is complete. */
  build(more: () => boolean): boolean;
  readonly built: boolean;
  /** The text's length, known without reading `text` (which joins the parts it is kept in since a change). */
  readonly textLength: number;
  /** Applies records of the subtree's mutations since the last call (the map must be built). */
  update(records: readonly MutationRecord[]): void;
  /** Forget everything: the next `build` starts over. */
  reset(): void;
  /** Counts the map's texts: each `update` that changes the text, `build` and `reset` move it on. */
  readonly version: number;
  /**
   * Where `[start, end)` of the text of `version` lies in the text now, through the edits since: null
   * when an edit overlaps it or the edits are no longer known (a rebuild, or too many since).
   */
  moveSpan(version: number, start: number, end: number): { start: number; end: number } | null;
  /**
   * The spans of the text now that edits since `version` wrote (in order, disjoint; an edit that only
   * removed text leaves an empty span where it was); null when the edits are not known.
   */
  changedSince(version: number): { start: number; end: number }[] | null;
}

/**
 * One update's change to the text: `[start, oldEnd)` of the text before became `[start, newEnd)`. One
 * span per update, from its first changed character to its last (a clock and a list refreshed far
 * apart in one batch make one wide span: positions inside it are then not moved, only looked up again).
 */
interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Edits remembered: enough for the updates during one placing of a large page's anchors. */
const MAX_EDITS = 256;

/** Nodes visited between two questions whether to go on building. */
const BUILD_STEP = 128;
/**
 * Mapped nodes per block. The live map keeps a reference to the first node of each block only: a
 * content script's wrapper of a node lives in its world's wrapper table while the script holds it, and
 * holding all 200,000 made the table rehash in single steps of 25–75 ms (at 65,536 and 131,072 nodes),
 * and the collector trace them all. Finding a node inside a block walks at most this many.
 */
const BLOCK_NODES = 64;
const CHILD_LIST = 'childList';
const PRECEDING = 2;

/** `node` (a text node) comes before `other`'s position: not `other` itself nor inside it. */
const before = (node: Node, other: Node) => node !== other && (other.compareDocumentPosition(node) & PRECEDING) !== 0;
/** `node` comes no later than the end of `other`'s subtree (before it, `other` itself or inside it). */
const notAfterSubtree = (node: Node, other: Node) => {
  if (node === other) return true;
  const position = other.compareDocumentPosition(node);
  return (position & FOLLOWING) === 0 || (position & CONTAINED_BY) !== 0;
};

/** `blockNodes`: mapped nodes per block (small ones let tests cross many blocks on a small page). */
export function liveTextMap(root: Node, blockNodes = BLOCK_NODES): LiveTextMap {
  const doc = root.ownerDocument ?? (root as Document);
  /**
   * The text, in parts: the text last read, sliced around the changes since, and their new text. Joined
   * when read: joined on every change, a 1.3-million-character text was copied on every update (16–40
   * ms each at load 3.5), and most updates are never read.
   */
  let parts: string[] = [];
  let textLength = 0;
  const textNow = (): string => {
    if (parts.length !== 1) parts = [parts.join('')];
    return parts[0]!;
  };
  /** Adds to `out` the parts of the text in `[from, to)` (slices: nothing copied). */
  const partsOf = (from: number, to: number, out: string[]): void => {
    let at = 0;
    for (const part of parts) {
      const end = at + part.length;
      if (end > from && at < to) out.push(from <= at && end <= to ? part : part.slice(Math.max(0, from - at), Math.min(part.length, to - at)));
      if (end >= to) return;
      at = end;
    }
  };
  /**
   * The mapped (non-empty, not skipped) text nodes, in blocks of `blockNodes`: each block's first node,
   * where its text starts and how many nodes it holds. A block's other nodes are found by walking from
   * its first, so the map holds one node in 64.
   */
  let firsts: Text[] = [];
  let blockStarts: number[] = [];
  let counts: number[] = [];
  /** Text nodes inside skipped elements (listed before the walk, and found by updates since). */
  let excluded = new Set<Node>();
  /**
   * The walk in progress, and its text so far. Each slice's text is read in one string (a range over the
   * slice's nodes, less the skipped nodes' text): reading each node's `data` made a string per node,
   * 200,000 of them, with a weak handle each that every full collection then had to clear.
   */
  let walk: { walker: TreeWalker; pieces: string[]; length: number } | null = null;
  /** Skipped selectors still to list before the walk begins (one per step: each is a search of the page). */
  let toList: string[] = [];
  let built = false;
  /** Edits of the text, oldest first; `edits[i]` made the text of version `firstVersion + i + 1`. */
  let edits: Edit[] = [];
  let firstVersion = 0;
  let version = 0;
  const restart = () => {
    version++;
    edits = [];
    firstVersion = version;
  };
  const noteEdit = (edit: Edit) => {
    edits.push(edit);
    version++;
    if (edits.length > MAX_EDITS) {
      edits.shift();
      firstVersion++;
    }
  };
  /** The edits since `since`, or null when they are not all known. */
  const editsSince = (since: number): Edit[] | null => (since < firstVersion || since > version ? null : edits.slice(since - firstVersion));

  const isSkipped = (node: Node) => (node.nodeType === TEXT_NODE ? node.parentElement : (node as Element))?.closest?.(SKIPPED_SELECTOR) != null;
  /** A node of the map, as the blocks were walked (skipped nodes found since are in `excluded`). */
  const isMapped = (node: Text) => node.length > 0 && !excluded.has(node);

  /**
   * Lists the text inside skipped elements, one selector per step: on a large page one search per
   * element name (or for the attribute) is many times cheaper than one search for the selector list.
   */
  const listSkipped = (more: () => boolean): boolean => {
    while (toList.length > 0) {
      for (const skipped of (root as ParentNode).querySelectorAll?.(toList.pop()!) ?? []) {
        const inside = doc.createTreeWalker(skipped, SHOW_TEXT);
        while (inside.nextNode()) excluded.add(inside.currentNode);
      }
      if (toList.length > 0 && !more()) return false;
    }
    return true;
  };

  /** Adds a mapped node found by the walk at text offset `at`: it starts a block, or joins the last. */
  const addNode = (node: Text, at: number) => {
    const last = counts.length - 1;
    if (last < 0 || counts[last] === blockNodes) {
      firsts.push(node);
      blockStarts.push(at);
      counts.push(1);
    } else counts[last]!++;
  };

  /**
   * The text of a slice's mapped nodes from `first` to `last`: the range over them, less the text of
   * skipped nodes between (`cuts`: offset and length in the range's text, in order); read node by node
   * if the range's text is not what the walk counted (`length` characters in all).
   */
  const sliceText = (first: Text, last: Text, length: number, cuts: number[]): string => {
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    const whole = range.toString();
    if (whole.length === length) {
      if (cuts.length === 0) return whole;
      const kept: string[] = [];
      let at = 0;
      for (let i = 0; i < cuts.length; i += 2) {
        kept.push(whole.slice(at, cuts[i]));
        at = cuts[i]! + cuts[i + 1]!;
      }
      kept.push(whole.slice(at));
      return kept.join('');
    }
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    walker.currentNode = first;
    const data: string[] = [];
    for (let node: Node | null = first; node; node = node === last ? null : walker.nextNode()) if (isMapped(node as Text)) data.push((node as Text).data);
    return data.join('');
  };

  /** The page took the node the walk stood on (between slices): walk again from the last block still there. */
  const resumeWalk = (current: NonNullable<typeof walk>) => {
    let last = firsts.length - 1;
    while (last >= 0 && !root.contains(firsts[last]!)) last--;
    const keep = last >= 0 ? blockStarts[last]! : 0;
    const resumeAt = last >= 0 ? firsts[last]! : null;
    firsts.length = blockStarts.length = counts.length = Math.max(0, last);
    current.pieces = [current.pieces.join('').slice(0, keep)];
    current.length = keep;
    current.walker.currentNode = resumeAt ?? root;
    if (resumeAt && !current.walker.previousNode()) current.walker.currentNode = root;
  };

  const build = (more: () => boolean): boolean => {
    if (built) return true;
    if (!walk) {
      walk = { walker: doc.createTreeWalker(root, SHOW_TEXT), pieces: [], length: 0 };
      toList = [...SKIPPED_ELEMENTS, `[${UI_HOST_ATTRIBUTE}]`];
      firsts = [];
      blockStarts = [];
      counts = [];
      excluded = new Set();
    }
    // Listing the skipped elements searches the whole page: the walk starts in a later step.
    if (toList.length > 0 && !(listSkipped(more) && more())) return false;
    const current = walk;
    const { walker } = current;
    if (walker.currentNode !== root && !root.contains(walker.currentNode)) resumeWalk(current);
    /** This slice's first and last mapped node, its text's length in the range over them, and the skipped text within. */
    let first: Text | null = null;
    let last: Text | null = null;
    let inRange = 0;
    let lastEnd = 0;
    const cuts: number[] = [];
    const endSlice = () => {
      if (!first || !last) return;
      while (cuts.length > 0 && cuts[cuts.length - 2]! >= lastEnd) cuts.length -= 2;
      current.pieces.push(sliceText(first, last, lastEnd, cuts));
    };
    for (;;) {
      for (let step = 0; step < BUILD_STEP; step++) {
        if (!walker.nextNode()) {
          endSlice();
          parts = [current.pieces.join('')];
          textLength = parts[0]!.length;
          walk = null;
          built = true;
          restart();
          return true;
        }
        const node = walker.currentNode as Text;
        // `length`, not `data`: no string made per node.
        const length = node.length;
        if (length === 0) continue;
        if (excluded.has(node)) {
          if (first) {
            cuts.push(inRange, length);
            inRange += length;
          }
          continue;
        }
        first ??= node;
        last = node;
        inRange += length;
        lastEnd = inRange;
        addNode(node, current.length);
        current.length += length;
      }
      if (!more()) {
        endSlice();
        return false;
      }
    }
  };

  /** Calls `each` with the mapped nodes of block `k` and where each starts, until it returns true. */
  const walkBlock = (k: number, each: (node: Text, start: number) => boolean): void => {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    let node: Node | null = (walker.currentNode = firsts[k]!);
    let start = blockStarts[k]!;
    for (let seen = 0; node && seen < counts[k]!; node = walker.nextNode()) {
      const textNode = node as Text;
      if (!isMapped(textNode)) continue;
      if (each(textNode, start)) return;
      start += textNode.length;
      seen++;
    }
  };

  /** The last block whose first node satisfies `test` (true for a first run of blocks, then false), or -1. */
  const lastBlockWhere = (test: (first: Text) => boolean, blocks: readonly number[] | null = null): number => {
    let low = 0;
    let high = (blocks ? blocks.length : firsts.length) - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (test(firsts[blocks ? blocks[mid]! : mid]!)) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };

  /** The mapped node holding `offset` (its last `<= offset`, or `< offset` when `strict`) and where it starts. */
  const nodeAt = (offset: number, strict: boolean): { node: Text; start: number } => {
    const low = lastStartAt(blockStarts, blockStarts.length, offset, strict);
    let found = { node: firsts[low]!, start: blockStarts[low]! };
    walkBlock(low, (node, start) => {
      if (strict ? start >= offset : start > offset) return true;
      found = { node, start };
      return false;
    });
    return found;
  };

  const rangeFor = (start: number, end: number): Range => rangeOver(doc, root, textLength, firsts.length > 0 ? nodeAt : null, start, end);

  /** Text offset of a DOM boundary point: inside a mapped node directly, else where the next mapped node starts. */
  const offsetOfBoundary = (container: Node, boundaryOffset: number): number => {
    const isAtOrAfterPoint = atOrAfterPoint(container, boundaryOffset);
    // Blocks whose first node is before the point, then the first node at or after it in the last of them.
    const at = (node: Text, start: number) => (node === container ? start + Math.min(boundaryOffset, node.length) : start);
    const k = lastBlockWhere((first) => !isAtOrAfterPoint(first));
    let offset = k + 1 < firsts.length ? at(firsts[k + 1]!, blockStarts[k + 1]!) : textLength;
    if (k >= 0) {
      walkBlock(k, (node, start) => {
        if (!isAtOrAfterPoint(node)) return false;
        offset = at(node, start);
        return true;
      });
    }
    return offset;
  };

  const offsetsOf = (range: Range): { start: number; end: number } | null => {
    const inRoot = (node: Node) => node === root || root.contains(node);
    if (!inRoot(range.startContainer) || !inRoot(range.endContainer)) return null;
    const start = offsetOfBoundary(range.startContainer, range.startOffset);
    const end = offsetOfBoundary(range.endContainer, range.endOffset);
    return { start, end: Math.max(start, end) };
  };

  /**
   * Applies mutation records. Each record changed the nodes in one span of the tree (a childList record
   * between its siblings, a characterData record one text node); the blocks around each span are walked
   * again (from the first node of the block where it begins to that of the first block after it), and
   * all others kept as they are, their starts shifted. A block whose first node was removed or moved is
   * walked again with the one before it. The cost is in proportion to the blocks changed, plus a pass
   * over the blocks (a few thousand on a 200,000-node page) and the text's concatenation.
   */
  const update = (records: readonly MutationRecord[]): void => {
    if (!built || records.length === 0) return;
    // First nodes moved within the page (removed and put back): their block is no longer where it was.
    // And nodes removed at all: a record's sibling that was is no longer a landmark of where it changed.
    const moved = new Set<Node>();
    const removed = new Set<Node>();
    for (const record of records) {
      if (record.type !== CHILD_LIST) continue;
      for (const node of record.removedNodes) {
        removed.add(node);
        if (!node.isConnected || !root.contains(node)) continue;
        if (node.nodeType === TEXT_NODE) moved.add(node);
        else {
          const inside = doc.createTreeWalker(node, SHOW_TEXT);
          while (inside.nextNode()) moved.add(inside.currentNode);
        }
      }
    }
    // Blocks whose first node is still where it was, in order; the others belong with the one before.
    const valid: number[] = [];
    const dirty: boolean[] = [];
    for (let k = 0; k < firsts.length; k++) {
      const first = firsts[k]!;
      if (first.length > 0 && !moved.has(first) && !excluded.has(first) && root.contains(first)) valid.push(k);
      else dirty[valid.length] = true; // the block of valid index `valid.length - 1` (offset by one: -1 is the start of the text)
    }
    /** Marks valid blocks `from..to` (-1: the text before the first valid block) to be walked again. */
    const mark = (from: number, to: number) => {
      for (let j = from; j <= Math.max(from, to); j++) dirty[j + 1] = true;
    };
    const lastValid = (test: (first: Text) => boolean) => lastBlockWhere(test, valid);
    /** Targets whose whole content was marked (a list refilled 40 times is one search, not 40). */
    const wholeMarked = new Set<Node>();
    for (const record of records) {
      const target = record.target;
      if (!target.isConnected || (target !== root && !root.contains(target))) continue; // its removal is a record too
      if (record.type === CHILD_LIST) {
        const landmark = (sibling: Node | null) => (sibling?.parentNode === target && !removed.has(sibling) ? sibling : null);
        const after = landmark(record.previousSibling);
        const upTo = landmark(record.nextSibling);
        if (!after && !upTo) {
          if (wholeMarked.has(target)) continue;
          wholeMarked.add(target);
        }
        const from = lastValid((first) => (after ? notAfterSubtree(first, after) : before(first, target)));
        mark(from, lastValid((first) => (upTo ? before(first, upTo) : notAfterSubtree(first, target))));
      } else if (target.nodeType === TEXT_NODE) {
        const at = lastValid((first) => first === target || before(first, target));
        mark(at, at);
      }
    }

    const nextFirsts: Text[] = [];
    const nextStarts: number[] = [];
    const nextCounts: number[] = [];
    const pieces: string[] = [];
    /** Offset in the old text up to which it is taken over, and how far the text after it moved. */
    let copied = 0;
    let delta = 0;
    let edit: Edit | null = null;
    const keepBlocks = (from: number, to: number) => {
      for (let k = from; k < to; k++) {
        nextFirsts.push(firsts[k]!);
        nextStarts.push(blockStarts[k]! + delta);
        nextCounts.push(counts[k]!);
      }
    };
    let keptUpTo = 0;
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let j = -1; j < valid.length; j++) {
      if (!dirty[j + 1]) continue;
      let last = j;
      while (last + 1 < valid.length && dirty[last + 2]) last++;
      // Valid blocks j..last, with the invalid ones after each, are walked again.
      const fromBlock = j >= 0 ? valid[j]! : 0;
      const toBlock = last + 1 < valid.length ? valid[last + 1]! : firsts.length;
      const stop = toBlock < firsts.length ? firsts[toBlock]! : null;
      const oldStart = fromBlock < firsts.length && j >= 0 ? blockStarts[fromBlock]! : 0;
      const oldEnd = stop ? blockStarts[toBlock]! : textLength;
      keepBlocks(keptUpTo, fromBlock);
      const newStart = oldStart + delta;
      let node: Node | null = j >= 0 ? (walker.currentNode = firsts[fromBlock]!) : ((walker.currentNode = root), walker.nextNode());
      const data: string[] = [];
      let at = newStart;
      let inBlock = blockNodes;
      for (; node && node !== stop; node = walker.nextNode()) {
        const textNode = node as Text;
        if (textNode.length === 0) continue;
        // Put into or taken out of a skipped element since it was last walked.
        if (isSkipped(textNode)) {
          excluded.add(textNode);
          continue;
        }
        excluded.delete(textNode);
        if (inBlock === blockNodes) {
          nextFirsts.push(textNode);
          nextStarts.push(at);
          nextCounts.push(0);
          inBlock = 0;
        }
        inBlock++;
        nextCounts[nextCounts.length - 1]!++;
        const piece = textNode.data;
        data.push(piece);
        at += piece.length;
      }
      // The edit: from the first character that differs to the last (the same text read again is no edit).
      const wasParts: string[] = [];
      partsOf(oldStart, oldEnd, wasParts);
      const was = wasParts.join('');
      const now = data.join('');
      if (was !== now) {
        let head = 0;
        const shorter = Math.min(was.length, now.length);
        while (head < shorter && was.charCodeAt(head) === now.charCodeAt(head)) head++;
        let tail = 0;
        while (tail < shorter - head && was.charCodeAt(was.length - 1 - tail) === now.charCodeAt(now.length - 1 - tail)) tail++;
        edit = { start: edit ? edit.start : oldStart + head, oldEnd: oldEnd - tail, newEnd: newStart + now.length - tail };
      }
      partsOf(copied, oldStart, pieces);
      pieces.push(now);
      copied = oldEnd;
      delta = newStart + now.length - oldEnd;
      keptUpTo = toBlock;
      j = last;
    }
    if (keptUpTo === 0 && pieces.length === 0) return;
    keepBlocks(keptUpTo, firsts.length);
    firsts = nextFirsts;
    blockStarts = nextStarts;
    counts = nextCounts;
    if (edit) {
      partsOf(copied, textLength, pieces);
      parts = pieces.filter((piece) => piece.length > 0);
      textLength += delta;
      noteEdit(edit);
    }
  };

  const moveSpan = (since: number, start: number, end: number): { start: number; end: number } | null => {
    const list = editsSince(since);
    if (!list) return null;
    for (const edit of list) {
      const shift = edit.newEnd - edit.oldEnd;
      if (end <= edit.start) continue;
      if (start < edit.oldEnd) return null;
      start += shift;
      end += shift;
    }
    return { start, end };
  };

  return {
    get text() {
      return textNow();
    },
    get built() {
      return built;
    },
    get textLength() {
      return textLength;
    },
    rangeFor,
    offsetsOf,
    get version() {
      return version;
    },
    build,
    update,
    moveSpan,
    changedSince: (since) => {
      const list = editsSince(since);
      return list && changedSpans(list);
    },
    reset: () => {
      restart();
      walk = null;
      built = false;
      firsts = [];
      blockStarts = [];
      counts = [];
      excluded = new Set();
      parts = [];
      textLength = 0;
    },
  };
}

/** The spans of the final text that a sequence of edits wrote, each edit's span carried through the later ones. */
function changedSpans(edits: readonly Edit[]): { start: number; end: number }[] {
  let spans: { start: number; end: number }[] = [];
  for (const edit of edits) {
    const shift = edit.newEnd - edit.oldEnd;
    let start = edit.start;
    let end = edit.newEnd;
    const next: { start: number; end: number }[] = [];
    for (const span of spans) {
      if (span.end < edit.start) next.push(span);
      else if (span.start > edit.oldEnd) next.push({ start: span.start + shift, end: span.end + shift });
      else {
        // Overlapping or touching: one span over both.
        start = Math.min(start, span.start);
        end = Math.max(end, span.end >= edit.oldEnd ? span.end + shift : edit.newEnd);
      }
    }
    next.push({ start, end });
    spans = next.sort((a, b) => a.start - b.start);
  }
  return spans;
}
