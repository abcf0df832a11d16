import type { Anchor } from '@/lib/schema';
import { ANCHOR_STRATEGY } from '@/lib/schema/anchor-strategy';
import type { TextMap } from '@/lib/anchoring/text-map';

/** Context kept on each side of a quote, in non-whitespace characters (Hypothesis uses 32). */
export const CONTEXT_LENGTH = 32;
/** Raw characters a prefix/suffix may span at most (schema limit): caps whitespace-padded contexts. */
const MAX_CONTEXT_RAW = 256;
/** Longest quote the schema accepts. */
export const MAX_QUOTE_LENGTH = 20_000;

const WHITESPACE = /\s/;

/**
 * Describe `text[start, end)` as an anchor: exact quote, context and position.
 *
 * Context extends until it holds {@link CONTEXT_LENGTH} non-whitespace characters, so a pdf.js text
 * layer that puts a space between every Han character still yields 32 useful characters of context.
 * Throws a RangeError for an empty or over-long quote; callers trim selections first.
 */
export function describeRange(map: TextMap | string, start: number, end: number): Anchor {
  const text = typeof map === 'string' ? map : map.text;
  if (start < 0 || end > text.length || end <= start) {
    throw new RangeError(`describeRange: invalid span [${start}, ${end}) of ${text.length}`);
  }
  if (end - start > MAX_QUOTE_LENGTH) {
    throw new RangeError(`describeRange: quote longer than ${MAX_QUOTE_LENGTH} characters`);
  }
  return {
    strategy: ANCHOR_STRATEGY,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(contextBoundary(text, start, -1), start),
      suffix: text.slice(end, contextBoundary(text, end, 1)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Walk from `from` in `direction` until CONTEXT_LENGTH non-whitespace chars or the raw cap. */
function contextBoundary(text: string, from: number, direction: -1 | 1): number {
  let position = from;
  let significant = 0;
  const limit = direction < 0 ? Math.max(0, from - MAX_CONTEXT_RAW) : Math.min(text.length, from + MAX_CONTEXT_RAW);
  while (position !== limit && significant < CONTEXT_LENGTH) {
    const char = text[direction < 0 ? position - 1 : position]!;
    if (!WHITESPACE.test(char)) significant++;
    position += direction;
  }
  return position;
}
