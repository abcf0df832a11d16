import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema/selectors';
import { describeRange } from '@/lib/anchoring/describe';
import type { RenderedText } from './sources/types';

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
