import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema';
import { describeRange } from '@/lib/anchoring/describe';
import type { Placement, Resolve } from './place-anchors';
import type { RenderedText, ViewerSource } from './sources/types';

/**
 * An anchor for `[start, end)` of the rendered text: on a paged viewer, a `pingyue-text/2` anchor on the
 * page the passage starts on, its position relative to that page's text.
 */
export function describeRendered(rendered: RenderedText, start: number, end: number): Anchor {
  const anchor = describeRange(rendered.map, start, end);
  const page = rendered.pages.find((p) => start >= p.start && start < p.end);
  if (!page) return anchor;
  const { quote, position } = anchor;
  return {
    strategy: PAGED_ANCHOR_STRATEGY,
    quote,
    position: { ...position, start: position.start - page.start, end: position.end - page.start },
    page: page.number,
  };
}

/**
 * The passage an anchor is placed on now, described afresh (its current text, context and offsets): for
 * turning a checker finding into an annotation, and for 确认 of a 待确认 annotation. A passage on a page
 * not rendered now is described on that page's text, which the source knows. Null when it is nowhere.
 */
export function describePlaced(source: ViewerSource, placement: Placement, key: string, anchor: Anchor, resolve: Resolve): Anchor | null {
  if (placement.kind === 'painted') return describeRendered(source.rendered(), placement.start, placement.end);
  const text = placement.kind === 'pending' && placement.page !== null ? source.pageText(placement.page) : null;
  if (placement.kind !== 'pending' || placement.page === null || text === null) return null;
  const result = resolve(text, key, anchor);
  if (result.status === 'orphan') return null;
  const { quote, position } = describeRange(text, result.start, result.end);
  return { strategy: PAGED_ANCHOR_STRATEGY, quote, position, page: placement.page };
}
