import search from 'approx-string-match';
import { stringSimilarity } from '@/lib/anchoring/similarity';

/**
 * Quote search over normalised text: exact occurrences, approximate (Myers) matches, and how well each
 * candidate's surroundings agree with the stored context. Everything here works in normalised offsets;
 * lib/anchoring/resolve-anchor.ts decides what is confident enough and maps back to raw offsets.
 */

/** A normalised quote with its stored context and where it used to be. */
export interface QuoteQuery {
  quote: string;
  prefix: string;
  suffix: string;
  /** Old start offset, mapped into the current normalised text. */
  hint: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the quote and `text[start, end)` (0 for exact matches). */
  errors: number;
  /** Context agreement, 0..1 (1 = prefix and suffix found verbatim around the candidate). */
  context: number;
  /** Characters of context that disagree (edit distance summed over prefix and suffix). */
  contextErrors: number;
  /** 1 at the old position, ½ at {@link NEARNESS_SCALE} characters away, → 0 far away. */
  nearness: number;
}

/** Distance (normalised characters) at which nearness halves: roughly a few paragraphs. */
export const NEARNESS_SCALE = 2_000;
/** Reports can repeat a short phrase thousands of times; beyond this, occurrences are not scored. */
const MAX_OCCURRENCES = 1_000;

/** Start offsets of every occurrence of `quote` in `text` (overlapping ones included), capped. */
export function findExactOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && starts.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) {
    starts.push(at);
  }
  return starts;
}

/**
 * Lowest-error approximate matches of `quote` within `text[from, to)`. approx-string-match only
 * reports matches with the minimum error count, so a look-alike elsewhere with fewer errors can hide
 * the true location: callers search a window around the old position first.
 */
export function findApproximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): { start: number; end: number; errors: number }[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/** Score a candidate location against the stored context and old position. */
export function scoreCandidate(text: string, query: QuoteQuery, start: number, end: number, errors: number): Candidate {
  const before = text.slice(Math.max(0, start - query.prefix.length), start);
  const after = text.slice(end, end + query.suffix.length);
  const prefixLength = Math.max(before.length, query.prefix.length);
  const suffixLength = Math.max(after.length, query.suffix.length);
  const contextErrors =
    Math.round((1 - stringSimilarity(before, query.prefix)) * prefixLength) +
    Math.round((1 - stringSimilarity(after, query.suffix)) * suffixLength);
  const contextLength = prefixLength + suffixLength;
  return {
    start,
    end,
    errors,
    context: contextLength === 0 ? 1 : 1 - contextErrors / contextLength,
    contextErrors,
    nearness: 1 / (1 + Math.abs(start - query.hint) / NEARNESS_SCALE),
  };
}

/** Best context first; nearness only breaks ties. */
export function byContextThenNearness(a: Candidate, b: Candidate): number {
  return a.contextErrors - b.contextErrors || b.nearness - a.nearness;
}
