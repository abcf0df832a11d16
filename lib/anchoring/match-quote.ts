import search from 'approx-string-match';
import { editDistance, editDistanceLowerBound } from '@/lib/anchoring/similarity';

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
/** Stand-in for masked text: never produced by normalisation, so it matches nothing in a quote. */
const MASK = '\u0000';

/**
 * Lowest-error approximate matches of `quote` within `text[from, to)`. approx-string-match only
 * reports matches with the minimum error count, so exact copies would hide an edited original:
 * with `maskExact`, exact occurrences in the window are blanked out first (same length, so offsets
 * hold) and the search finds the best *inexact* match.
 */
export function findApproximateMatches(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
  maskExact = false,
): { start: number; end: number; errors: number }[] {
  let window = text.slice(from, to);
  if (maskExact) window = window.split(quote).join(MASK.repeat(quote.length));
  return search(window, quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * Cheap context check: characters of the stored prefix/suffix that agree verbatim right next to the
 * candidate. Equal to the full context length exactly when the context agrees perfectly.
 */
export function adjacentContextAgreement(text: string, query: QuoteQuery, start: number, end: number): number {
  let agree = 0;
  const { prefix, suffix } = query;
  while (agree < prefix.length && start - agree - 1 >= 0 && text.charCodeAt(start - agree - 1) === prefix.charCodeAt(prefix.length - agree - 1)) {
    agree++;
  }
  let after = 0;
  while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) {
    after++;
  }
  return agree + after;
}

/** Lower bound of a candidate's `contextErrors`, at a fraction of the cost of {@link scoreCandidate}. */
export function contextErrorsLowerBound(text: string, query: QuoteQuery, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - query.prefix.length), start);
  const after = text.slice(end, end + query.suffix.length);
  return editDistanceLowerBound(before, query.prefix) + editDistanceLowerBound(after, query.suffix);
}

/** Score a candidate location against the stored context (edit distance) and the old position. */
export function scoreCandidate(text: string, query: QuoteQuery, start: number, end: number, errors: number): Candidate {
  const before = text.slice(Math.max(0, start - query.prefix.length), start);
  const after = text.slice(end, end + query.suffix.length);
  const contextErrors = editDistance(before, query.prefix) + editDistance(after, query.suffix);
  const contextLength = Math.max(before.length, query.prefix.length) + Math.max(after.length, query.suffix.length);
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
