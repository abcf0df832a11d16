import { pageOfAnchor, type Anchor, type AnchorStatus } from '@/lib/schema/selectors';
import type { AnchorResult } from '@/lib/anchoring/resolve-anchor';
import { anchorKey } from './anchor-memo';
import type { RenderedPage } from './sources/types';

/** What placing needs to know about a frame's document (a snapshot of a ViewerSource). */
export interface DocumentView {
  /** Rendered text (the text map's) and the pages it holds; no pages for an unpaged document. */
  rendered: { text: string; pages: readonly RenderedPage[] };
  paged: boolean;
  pageCount: number;
  /** Text of page n where known (rendered now, seen earlier, or read from the viewer's API). */
  pageText(n: number): string | null;
  /** The whole report's text is known: a passage found nowhere is really gone. */
  complete: boolean;
}

/** Resolves an anchor on a text; `key` names the anchor (see AnchorMemo). */
export type Resolve = (text: string, key: string, anchor: Anchor) => AnchorResult;

/**
 * Where an anchor is now: painted on rendered text (rendered-text offsets), pending on a page not
 * rendered yet (`page` null when it is not known which), or lost (gone from the whole report).
 */
export type Placement =
  | { kind: 'painted'; start: number; end: number; status: 'anchored' | 'uncertain'; page: number | null }
  | { kind: 'pending'; page: number | null }
  | { kind: 'lost' };

const found = (result: AnchorResult): result is Exclude<AnchorResult, { status: 'orphan' }> => result.status !== 'orphan';

/** The anchor with its position moved by `by` (page-relative → rendered-text offsets). */
function shifted(anchor: Anchor, by: number): Anchor {
  const { start, end } = anchor.position;
  return { ...anchor, position: { ...anchor.position, start: start + by, end: end + by } };
}

/** Page numbers 1…count, nearest to `from` first (Hypothesis searches pages the same way). */
function byDistance(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1).sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b);
}

/**
 * Place one anchor on a document as far as it is rendered. Pure: the same view and anchor always give
 * the same placement. A paged anchor is looked for on its own page first, and an anchor whose page is
 * not rendered is pending there, not searched for elsewhere on screen (work reports repeat template
 * sentences: a look-alike on page 2 must not take page 9's highlight). Nothing is lost from a partial
 * view: only when every page's text is known and none holds the passage is it lost.
 */
export function placeAnchor(view: DocumentView, key: string, anchor: Anchor, resolve: Resolve): Placement {
  const { rendered } = view;
  const pageAt = (offset: number) => rendered.pages.find((p) => offset >= p.start && offset < p.end)?.number ?? null;
  const painted = (result: Exclude<AnchorResult, { status: 'orphan' }>): Placement => ({
    kind: 'painted',
    start: result.start,
    end: result.end,
    status: result.status,
    page: pageAt(result.start),
  });
  if (!view.paged) {
    // A large page (a long OA list around the report): where the passage was made first, so a page
    // whose text shifted a little (a clock above it) is not normalised and searched whole.
    const near = rendered.text.length >= NEAR_FIRST_FROM ? resolveNear(view, key, anchor, anchor.position.start, resolve, true) : null;
    if (near) return near;
    const result = resolve(rendered.text, key, anchor);
    return found(result) ? painted(result) : { kind: 'lost' };
  }

  const page = pageOfAnchor(anchor);
  const onScreen = page === null ? undefined : rendered.pages.find((p) => p.number === page);
  const searched = new Set(rendered.pages.map((p) => p.number));
  if (page === null || onScreen) {
    const result = resolve(rendered.text, key, onScreen ? shifted(anchor, onScreen.start) : anchor);
    if (found(result)) return painted(result);
  } else {
    const text = view.pageText(page);
    if (text === null || found(resolve(text, key, anchor))) return { kind: 'pending', page };
    searched.add(page);
    // Not on the page it was made on (the report changed): the passage may have moved on screen.
    const result = resolve(rendered.text, key, anchor);
    if (found(result)) return painted(result);
  }
  for (const n of byDistance(page ?? 1, view.pageCount)) {
    if (searched.has(n)) continue;
    const text = view.pageText(n);
    if (text !== null && found(resolve(text, key, anchor))) return { kind: 'pending', page: n };
  }
  return view.complete ? { kind: 'lost' } : { kind: 'pending', page: null };
}

/** Characters searched on either side of where a passage was, beyond a few times its quote's length. */
const NEAR_REACH = 512;
/** An unpaged text this long is searched near the anchor's own position before it is searched whole. */
const NEAR_FIRST_FROM = 100_000;

/**
 * An anchor of an unpaged document looked for only around `[near, nearEnd]` (where it was painted, or
 * where text just changed): null when it is not there, or when the text is short enough (or the view
 * paged) that only {@link placeAnchor} answers. Costs the few kB around, not the whole page.
 */
export function findNear(view: DocumentView, key: string, anchor: Anchor, near: number, resolve: Resolve, nearEnd = near): Placement | null {
  if (view.paged || view.rendered.text.length <= 4 * NEAR_REACH) return null;
  return resolveNear(view, key, anchor, near, resolve, false, nearEnd);
}

/**
 * The anchor found in the unpaged text around offsets `near`…`nearEnd`, or null when it is not there
 * (with `anchoredOnly`, also when it is there only uncertainly: the whole text may hold it for sure).
 */
function resolveNear(view: DocumentView, key: string, anchor: Anchor, near: number, resolve: Resolve, anchoredOnly = false, nearEnd = near): Placement | null {
  const { text } = view.rendered;
  const { prefix, exact, suffix } = anchor.quote;
  const reach = NEAR_REACH + 4 * (prefix.length + exact.length + suffix.length);
  const from = Math.max(0, Math.min(text.length, near) - reach);
  const nearby = text.slice(from, Math.min(text.length, Math.max(near, nearEnd) + reach));
  // Where it was painted is the best guess of where it is now (the stored position is where it was made).
  const result = resolve(nearby, key, shifted(anchor, near - from - anchor.position.start));
  if (!found(result) || (anchoredOnly && result.status !== 'anchored')) return null;
  return { kind: 'painted', start: result.start + from, end: result.end + from, status: result.status, page: null };
}

/** The status a placement establishes, or null when it says nothing new (pending keeps the stored one). */
export function statusOf(placement: Placement): AnchorStatus | null {
  if (placement.kind === 'painted') return placement.status;
  return placement.kind === 'lost' ? 'orphan' : null;
}

export interface AnchoredItem {
  id: string;
  anchor: Anchor;
  status: AnchorStatus;
}

/** Place every item; list the placements and the stored statuses that must change. */
export function placeAll(
  view: DocumentView,
  items: readonly AnchoredItem[],
  resolve: Resolve,
): { placements: Map<string, Placement>; changes: { id: string; status: AnchorStatus }[] } {
  const placements = new Map<string, Placement>();
  const changes: { id: string; status: AnchorStatus }[] = [];
  for (const item of items) {
    // Keyed by the anchor, not the id: an annotation moved by 重新定位 keeps its id.
    const placement = placeAnchor(view, anchorKey(item.anchor), item.anchor, resolve);
    placements.set(item.id, placement);
    const status = statusOf(placement);
    if (status && status !== item.status) changes.push({ id: item.id, status });
  }
  return { placements, changes };
}
