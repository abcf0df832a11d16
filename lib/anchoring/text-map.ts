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

/** `rangeFor` and `offsetsOf` over a map's state (read on every call: a live map replaces it). */
function mapAccess(state: MapState, roots: readonly Node[], indexOf: (node: Node) => number | undefined): Pick<TextMap, 'rangeFor' | 'offsetsOf'> {
  const root = roots[0] ?? null;
  const ownerDocument = root ? root.ownerDocument ?? (root as Document) : null;

  /** Index of the last node whose start is `<= offset` (`< offset` when `strict`). */
  const nodeIndexAt = (offset: number, strict: boolean): number => {
    const { starts, nodes } = state;
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
    const { nodes, starts, text } = state;
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
    const { nodes, starts } = state;
    const index = indexOf(container);
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

  return { rangeFor, offsetsOf };
}

/**
 * A text map of one subtree that follows the DOM as it changes, for large pages: it is built in
 * slices (`build`, e.g. in idle time) and kept current from MutationObserver records (`update`) at a
 * cost in proportion to the change, not to the page (text-node lists are rebuilt by copying runs, the
 * text by slicing it). Same text and offsets as {@link buildTextMap} of the subtree at that moment.
 */
export interface LiveTextMap extends TextMap {
  /** Walks on while `more()` says so; true once the map is complete. */
  build(more: () => boolean): boolean;
  readonly built: boolean;
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

/** Shifts of node numbers remembered before all nodes are renumbered (each lookup walks those since). */
const MAX_SHIFTS = 64;
/** Edits remembered: enough for the updates during one placing of a large page's anchors. */
const MAX_EDITS = 256;

/** Nodes visited between two questions whether to go on building. */
const BUILD_STEP = 128;
const CHILD_LIST = 'childList';

type Indexed = Text & Record<symbol, number | undefined>;

export function liveTextMap(root: Node): LiveTextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const state: MapState = { nodes: [], starts: new Uint32Array(1), text: '' };
  /**
   * Each mapped node carries its index under this map's own key (a property of the content script's
   * wrapper, which the page never sees): cheaper than a Map of 200,000 nodes. An update that changes
   * the number of nodes does not renumber the 200,000 after its window (that alone was a long task):
   * it notes the shift, and a node's index is carried through the shifts noted since it was set.
   */
  const key = Symbol('text-map-index');
  const epochKey = Symbol('text-map-epoch');
  /** Counts updates; a node's index was set in the epoch under `epochKey`. */
  let epoch = 0;
  /** Shifts noted, oldest first: in `epoch`, nodes from index `from` on moved by `by`. */
  let shifts: { epoch: number; from: number; by: number }[] = [];
  /**
   * The walk in progress. `starts[k]` is where the k-th node found so far starts (`starts[nodes.length]`,
   * the length so far): filled as nodes are found, in a buffer grown by doubling, so the last step
   * has no pass over 200,000 lengths to make.
   */
  let walk: { walker: TreeWalker; excluded: Set<Node>; pieces: string[]; starts: Uint32Array } | null = null;
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

  /** The node's index in `state.nodes`, or undefined when it is not mapped. */
  const indexOf = (node: Node): number | undefined => {
    let i = (node as Indexed)[key];
    if (i === undefined) return undefined;
    const since = (node as Indexed)[epochKey] ?? 0;
    // Carried through the shifts noted after it was set, in order.
    let first = shifts.length;
    while (first > 0 && shifts[first - 1]!.epoch > since) first--;
    for (let k = first; k < shifts.length; k++) if (i >= shifts[k]!.from) i += shifts[k]!.by;
    return state.nodes[i] === node ? i : undefined;
  };
  const setIndex = (node: Text, i: number | undefined) => {
    (node as Indexed)[key] = i;
    (node as Indexed)[epochKey] = epoch;
  };
  /** Renumbers every node (so no shift need be remembered), when shifts pile up. */
  const renumberAll = () => {
    epoch++;
    shifts = [];
    state.nodes.forEach((node, i) => setIndex(node, i));
  };

  const isSkipped = (node: Node) => (node.nodeType === TEXT_NODE ? node.parentElement : (node as Element))?.closest?.(SKIPPED_SELECTOR) != null;

  /**
   * Lists the text inside skipped elements, one selector per step: on a large page one search per
   * element name (or for the attribute) is many times cheaper than one search for the selector list.
   */
  const listSkipped = (excluded: Set<Node>, more: () => boolean): boolean => {
    while (toList.length > 0) {
      for (const skipped of (root as ParentNode).querySelectorAll?.(toList.pop()!) ?? []) {
        const inside = doc.createTreeWalker(skipped, SHOW_TEXT);
        while (inside.nextNode()) excluded.add(inside.currentNode);
      }
      if (toList.length > 0 && !more()) return false;
    }
    return true;
  };

  const build = (more: () => boolean): boolean => {
    if (built) return true;
    if (!walk) {
      walk = { walker: doc.createTreeWalker(root, SHOW_TEXT), excluded: new Set<Node>(), pieces: [], starts: new Uint32Array(1024) };
      toList = [...SKIPPED_ELEMENTS, `[${UI_HOST_ATTRIBUTE}]`];
      state.nodes = [];
    }
    // Listing the skipped elements searches the whole page: the walk starts in a later step.
    if (toList.length > 0 && !(listSkipped(walk.excluded, more) && more())) return false;
    const { walker, excluded, pieces } = walk;
    const { nodes } = state;
    // The page changed between slices and took the node the walk stood on: go on from the last node
    // mapped that is still there (nodes removed meanwhile are dropped by the records of their removal).
    if (walker.currentNode !== root && !root.contains(walker.currentNode)) {
      let last = nodes.length - 1;
      while (last >= 0 && !root.contains(nodes[last]!)) last--;
      for (const dropped of nodes.splice(last + 1)) setIndex(dropped, undefined);
      pieces.splice(0, pieces.length, pieces.join('').slice(0, walk.starts[nodes.length]!));
      walker.currentNode = last >= 0 ? nodes[last]! : root;
    }
    let { starts } = walk;
    // Text of this slice's nodes, joined once per slice (a join of 200,000 strings at the end would be one long task).
    let slice: string[] = [];
    for (;;) {
      for (let step = 0; step < BUILD_STEP; step++) {
        if (!walker.nextNode()) {
          pieces.push(slice.join(''));
          state.starts = starts.subarray(0, nodes.length + 1);
          state.text = pieces.join('');
          walk = null;
          built = true;
          restart();
          return true;
        }
        const node = walker.currentNode as Text;
        const data = node.data;
        if (data.length === 0 || excluded.has(node) || indexOf(node) !== undefined) continue;
        setIndex(node, nodes.length);
        if (nodes.length + 2 > starts.length) {
          const grown = new Uint32Array(starts.length * 2);
          grown.set(starts);
          starts = walk.starts = grown;
        }
        starts[nodes.length + 1] = starts[nodes.length]! + data.length;
        nodes.push(node);
        slice.push(data);
      }
      if (!more()) {
        pieces.push(slice.join(''));
        slice = [];
        return false;
      }
    }
  };

  /** Text nodes a mapped subtree may hold (a removed or added node and what is under it). */
  const textNodesUnder = (node: Node, each: (text: Text) => void) => {
    if (node.nodeType === TEXT_NODE) return each(node as Text);
    const walker = doc.createTreeWalker(node, SHOW_TEXT);
    while (walker.nextNode()) each(walker.currentNode as Text);
  };

  const update = (records: readonly MutationRecord[]): void => {
    if (!built || records.length === 0) return;
    const removed = new Set<number>();
    const changed = new Set<number>();
    const candidates = new Set<Text>();
    for (const record of records) {
      if (record.type === CHILD_LIST) {
        for (const node of record.removedNodes) {
          textNodesUnder(node, (text) => {
            const i = indexOf(text);
            if (i !== undefined) removed.add(i);
          });
        }
        for (const node of record.addedNodes) textNodesUnder(node, (text) => candidates.add(text));
      } else if (record.target.nodeType === TEXT_NODE) {
        const i = indexOf(record.target);
        if (i === undefined) candidates.add(record.target as Text);
        else changed.add(i);
      }
    }
    const { nodes, starts, text } = state;
    for (const i of changed) {
      const node = nodes[i]!;
      // Emptied or moved out of the subtree (a later record of this batch): dropped; moved nodes come back as added ones.
      if (node.data.length === 0 || !root.contains(node)) removed.add(i);
    }
    for (const i of removed) {
      const node = nodes[i]!;
      if (root.contains(node) && node.data.length > 0 && !isSkipped(node)) candidates.add(node);
    }
    // What to insert, grouped after the mapped node that precedes it (-1: before all).
    const inserted = new Map<number, Text[]>();
    const insertedAfter = new Map<Text, number>();
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (const node of candidates) {
      const mapped = indexOf(node);
      if (node.data.length === 0 || !root.contains(node) || isSkipped(node)) {
        // Mapped by a walk that went past it before it was put where it is not report text.
        if (mapped !== undefined) removed.add(mapped);
        continue;
      }
      if (mapped !== undefined && !removed.has(mapped)) continue;
      walker.currentNode = node;
      let before = -1;
      while (walker.previousNode()) {
        const previous = walker.currentNode as Text;
        // A node inserted just before this one (a list refilled item by item) already knows the answer.
        const known = insertedAfter.get(previous);
        if (known !== undefined) {
          before = known;
          break;
        }
        const i = indexOf(previous);
        if (i !== undefined && !removed.has(i)) {
          before = i;
          break;
        }
      }
      insertedAfter.set(node, before);
      const group = inserted.get(before);
      if (group) group.push(node);
      else inserted.set(before, [node]);
    }
    if (removed.size === 0 && changed.size === 0 && inserted.size === 0) return;
    // Indices set from here on are in this update's numbering.
    epoch++;

    // The new lists. Only the window from the first changed node to the last is built afresh (runs of
    // untouched nodes in it copied, edited and inserted nodes read afresh); the nodes before it stay,
    // and those after it move by whole blocks (their starts shifted, renumbered only when their count
    // changed). The text is the old one's slices around the window's new text.
    const reinserted = new Set([...inserted.values()].flat());
    const points = [...new Set([...removed, ...changed, ...[...inserted.keys()].filter((i) => i >= 0)])].sort((a, b) => a - b);
    const lo = inserted.has(-1) ? 0 : points[0]!;
    const windowNodes: Text[] = [];
    const windowStarts: number[] = [];
    const pieces: string[] = [];
    const windowStart = starts[lo]!;
    let offset = windowStart;
    /** Where the text first differs: everything before it was copied unchanged. */
    let head = -1;
    const emit = (node: Text) => {
      if (head < 0) head = offset;
      setIndex(node, lo + windowNodes.length);
      windowNodes.push(node);
      windowStarts.push(offset);
      offset += node.data.length;
      pieces.push(node.data);
    };
    const copyRun = (from: number, to: number) => {
      if (to <= from) return;
      const shift = lo + windowNodes.length - from;
      const delta = offset - starts[from]!;
      for (let i = from; i < to; i++) {
        const node = nodes[i]!;
        windowNodes.push(node);
        windowStarts.push(starts[i]! + delta);
        if (shift !== 0) setIndex(node, i + shift);
      }
      pieces.push(text.slice(starts[from]!, starts[to]!));
      offset += starts[to]! - starts[from]!;
    };
    const insertAfter = (i: number) => {
      const group = inserted.get(i);
      group?.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1)).forEach(emit);
    };
    insertAfter(-1);
    let from = lo;
    for (const i of points) {
      copyRun(from, i);
      const node = nodes[i]!;
      if (removed.has(i)) {
        if (head < 0) head = offset;
        if (!reinserted.has(node)) setIndex(node, undefined);
      } else if (changed.has(i)) emit(node);
      else copyRun(i, i + 1);
      insertAfter(i);
      from = i + 1;
    }
    // `from` is now the first node after the window.
    const tail = { old: starts[from]!, now: offset };
    const delta = tail.now - tail.old;
    const shift = lo + windowNodes.length - from;
    const windowText = pieces.join('');
    if (shift === 0) {
      // As many nodes as before (a clock's text node replaced): the lists are changed in place.
      for (let k = 0; k < windowNodes.length; k++) {
        nodes[lo + k] = windowNodes[k]!;
        starts[lo + k] = windowStarts[k]!;
      }
      if (delta !== 0) for (let i = from; i <= nodes.length; i++) starts[i] = starts[i]! + delta;
    } else {
      const size = nodes.length + shift;
      const nextStarts = new Uint32Array(size + 1);
      nextStarts.set(starts.subarray(0, lo));
      nextStarts.set(windowStarts, lo);
      for (let i = from; i <= nodes.length; i++) nextStarts[i + shift] = starts[i]! + delta;
      state.nodes = nodes.slice(0, lo).concat(windowNodes, nodes.slice(from));
      state.starts = nextStarts;
      shifts.push({ epoch, from, by: shift });
      if (shifts.length > MAX_SHIFTS) renumberAll();
    }
    state.text = text.slice(0, windowStart) + windowText + text.slice(tail.old);
    if (head >= 0) noteEdit({ start: head, oldEnd: tail.old, newEnd: tail.now });
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

  const access = mapAccess(state, [root], indexOf);
  return {
    get text() {
      return state.text;
    },
    get built() {
      return built;
    },
    ...access,
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
      for (const node of state.nodes) setIndex(node, undefined);
      shifts = [];
      walk = null;
      built = false;
      state.nodes = [];
      state.starts = new Uint32Array(1);
      state.text = '';
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
