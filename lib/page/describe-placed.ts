import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema/selectors';
import { describeRange } from '@/lib/anchoring/describe';
import type { Placement, Resolve } from './place-anchors';
import type { ViewerSource } from './sources/types';
import { describeRendered } from './describe-rendered';

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
