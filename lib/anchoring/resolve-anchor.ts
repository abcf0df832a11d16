import type { Anchor } from '@/lib/schema';
import {
  adjacentContextAgreement,
  byContextThenNearness,
  contextErrorsLowerBound,
  findApproximateMatches,
  scoreCandidate,
  type Candidate,
  type QuoteQuery,
} from '@/lib/anchoring/match-quote';
import {
  normalizeForMatching,
  normalizeString,
  toNormalizedOffset,
  toRawSpan,
  type NormalizedText,
} from '@/lib/anchoring/normalize';
import { buildGramIndex, scanAll, type GramIndex } from '@/lib/anchoring/gram-index';

/**
 * Re-find a stored anchor in the current text of a frame.
 *
 * Order, cheapest first: (1) the stored position, verified against the quote; (2) exact search of the
 * quote in the normalised text, disambiguated by context; (3) approximate search with a tight error
 * budget, always reported as uncertain; (4) orphan. The overriding rule (Hypothesis #7571): prefer
 * "uncertain" or "orphan" to a confident answer on a look-alike passage, because work reports repeat
 * template sentences. In particular, when the annotated sentence was edited, an untouched copy of
 * it elsewhere still matches exactly; so an exact match whose context is not perfect is only kept if
 * no edited original near the old position explains the context better.
 */

/** A frame's text normalised once, reused for every annotation on the page. */
export interface PreparedText {
  readonly raw: string;
  readonly normalized: NormalizedText;
  /** Occurrences of a string in the normalised text (index built on first use). */
  findAll(pattern: string, limit: number): number[];
}

/** Where an anchor landed, in raw text-map offsets. */
export type AnchorResult =
  /**
   * `position`: the stored offsets still hold the quote. `exact`: the quote, or the quote with its
   * stored context, occurs exactly once. `context`: chosen among several occurrences by context.
   */
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'context' }
  | { status: 'uncertain'; start: number; end: number; reason: 'ambiguous' | 'fuzzy'; score: number }
  | { status: 'orphan' };

/** Exact matches among several need this context agreement to be chosen confidently … */
const MIN_CONTEXT_FOR_CHOICE = 0.9;
/**
 * … and the runner-up must disagree clearly more: at least twice the best's disagreeing context
 * characters plus this margin. Template text makes near-identical surroundings common.
 */
const MIN_CONTEXT_LEAD = 2;
/**
 * A unique exact match outside the fast path (its context is not verbatim) must still mostly agree
 * with its context: a sentence rewritten in place often survives verbatim elsewhere as boilerplate,
 * whose surroundings then only half agree. A moved paragraph whose quote starts or ends at the
 * paragraph edge falls below this too and is reported as uncertain, which is the safe side.
 */
const MIN_CONTEXT_FOR_UNIQUE = 0.75;
/** Reports can repeat a short phrase thousands of times; beyond this, occurrences are not scored. */
const MAX_OCCURRENCES = 1_000;
/** Exact occurrences scored in full (edit distance): the best by the cheap check, plus the nearest. */
const SHORTLIST_BY_CONTEXT = 8;
const SHORTLIST_BY_NEARNESS = 2;

/**
 * Occurrence lookups answered by scanning before the gram index is built: a scan of 1 MB costs well
 * under a millisecond, the index tens of milliseconds, so it only pays off for many moved anchors.
 */
export const SCANS_BEFORE_INDEX = 32;

/** Context needed on each side to recognise a deletion by its prefix and suffix meeting. */
const MIN_DELETION_CONTEXT = 8;

/** Fuzzy budget: 15 % of the quote, at most 32 errors (one Myers block); < 1 error → no fuzzy search. */
const FUZZY_ERROR_RATE = 0.15;
const MAX_FUZZY_ERRORS = 32;
/** Characters searched on each side of the old position before the whole text is searched. */
const FUZZY_WINDOW = 4_000;
/** Pigeonhole filter limits: shorter pieces or more hits than this filter too little to pay off. */
const MIN_PIECE_LENGTH = 3;
const MAX_PIECE_HITS = 2_000;
/** Fuzzy acceptance: weighted score floor, plus a context floor that is stricter for short quotes. */
const MIN_FUZZY_SCORE = 0.65;
const MIN_FUZZY_CONTEXT = 0.3;
const MIN_FUZZY_CONTEXT_SHORT = 0.5;
const FUZZY_SHORT_QUOTE = 40;
const WEIGHTS = { quote: 0.5, context: 0.35, nearness: 0.15 };

/** `normalized`: the text's {@link normalizeForMatching}, when it was computed already (in slices, or from an edit). */
export function prepareText(text: string, normalized = normalizeForMatching(text)): PreparedText {
  let index: GramIndex | null = null;
  let lookups = 0;
  return {
    raw: text,
    normalized,
    findAll: (pattern, limit) => {
      if (!index && ++lookups <= SCANS_BEFORE_INDEX) return scanAll(normalized.text, pattern, limit);
      index ??= buildGramIndex(normalized.text);
      return index.findAll(pattern, limit);
    },
  };
}

export function resolveAll(prepared: PreparedText, anchors: readonly Anchor[]): AnchorResult[] {
  return anchors.map((anchor) => resolveAnchor(prepared, anchor));
}

export function resolveAnchor(prepared: PreparedText, anchor: Anchor): AnchorResult {
  const quote = normalizeString(anchor.quote.exact);
  if (quote.length === 0) return { status: 'orphan' };

  const { start, end } = anchor.position;
  if (end <= prepared.raw.length && normalizeString(prepared.raw.slice(start, end)) === quote) {
    return { status: 'anchored', start, end, method: 'position' };
  }

  const query: QuoteQuery = {
    quote,
    prefix: normalizeString(anchor.quote.prefix),
    suffix: normalizeString(anchor.quote.suffix),
    hint: toNormalizedOffset(prepared.normalized, Math.min(start, prepared.raw.length)),
  };
  const text = prepared.normalized.text;
  if (deletedAtOldPosition(text, query)) return { status: 'orphan' };
  const exact = bestExactMatch(prepared, query);
  const rawSpan = (c: Candidate) => toRawSpan(prepared.normalized, prepared.raw, c.start, c.end);

  if (exact?.confidentAs && exact.candidate.contextErrors === 0) {
    return { status: 'anchored', ...rawSpan(exact.candidate), method: exact.confidentAs };
  }
  const fuzzy = bestFuzzyMatch(prepared, query, exact !== null);
  if (fuzzy && (!exact || fuzzy.score > combinedScore(exact.candidate, quote.length))) {
    return { status: 'uncertain', ...rawSpan(fuzzy.candidate), reason: 'fuzzy', score: fuzzy.score };
  }
  if (!exact) return { status: 'orphan' };
  if (exact.confidentAs) return { status: 'anchored', ...rawSpan(exact.candidate), method: exact.confidentAs };
  return { status: 'uncertain', ...rawSpan(exact.candidate), reason: 'ambiguous', score: exact.candidate.context };
}

/**
 * The stored prefix and suffix now meet near the old position: the passage itself was deleted there.
 * Any copy found elsewhere is then a look-alike (boilerplate), never the annotated passage.
 */
function deletedAtOldPosition(text: string, query: QuoteQuery): boolean {
  if (query.prefix.length < MIN_DELETION_CONTEXT || query.suffix.length < MIN_DELETION_CONTEXT) return false;
  const from = Math.max(0, query.hint - query.prefix.length - FUZZY_WINDOW);
  const to = Math.min(text.length, query.hint + query.suffix.length + FUZZY_WINDOW);
  return text.slice(from, to).includes(query.prefix + query.suffix);
}

/** Quote similarity, context and nearness in one 0..1 figure, comparable across exact and fuzzy. */
function combinedScore(candidate: Candidate, quoteLength: number): number {
  return (
    WEIGHTS.quote * (1 - candidate.errors / quoteLength) +
    WEIGHTS.context * candidate.context +
    WEIGHTS.nearness * candidate.nearness
  );
}

/**
 * The best exact occurrence, and whether it is unambiguous enough to anchor on.
 *
 * Fast path: when prefix + quote + suffix occurs exactly once, that occurrence is the only one with a
 * verbatim context, so it is decided without listing every occurrence of the quote. Otherwise a cheap
 * adjacency check ranks every occurrence, a short list gets the edit-distance score, and the rest only
 * when a cheap lower bound cannot rule them out as runner-up, so a phrase that occurs hundreds of
 * times stays cheap.
 */
function bestExactMatch(
  prepared: PreparedText,
  query: QuoteQuery,
): { candidate: Candidate; confidentAs: 'exact' | 'context' | null } | null {
  const text = prepared.normalized.text;
  const quoteEnd = (at: number) => at + query.quote.length;
  const contextual = prepared.findAll(query.prefix + query.quote + query.suffix, 2);
  if (contextual.length === 1) {
    const at = contextual[0]! + query.prefix.length;
    return { candidate: scoreCandidate(text, query, at, quoteEnd(at), 0), confidentAs: 'exact' };
  }

  const occurrences = prepared.findAll(query.quote, MAX_OCCURRENCES);
  if (occurrences.length === 0) return null;
  const agreement = occurrences.map((at) => adjacentContextAgreement(text, query, at, quoteEnd(at)));
  const byAgreement = occurrences.map((_, i) => i).sort((a, b) => agreement[b]! - agreement[a]!);
  const byNearness = occurrences
    .map((_, i) => i)
    .sort((a, b) => Math.abs(occurrences[a]! - query.hint) - Math.abs(occurrences[b]! - query.hint));
  const shortlist = new Set([...byAgreement.slice(0, SHORTLIST_BY_CONTEXT), ...byNearness.slice(0, SHORTLIST_BY_NEARNESS)]);
  const score = (i: number) => scoreCandidate(text, query, occurrences[i]!, quoteEnd(occurrences[i]!), 0);
  const scored = [...shortlist].map(score).sort(byContextThenNearness);
  // When the best could be confident, any occurrence left out could still be a close runner-up
  // (confidence must not be overstated): score those whose lower bound does not rule them out.
  if (scored[0]!.context >= MIN_CONTEXT_FOR_CHOICE) {
    const ruledOutFrom = 2 * scored[0]!.contextErrors + MIN_CONTEXT_LEAD;
    occurrences.forEach((at, i) => {
      if (!shortlist.has(i) && contextErrorsLowerBound(text, query, at, quoteEnd(at)) < ruledOutFrom) scored.push(score(i));
    });
  }
  const [best, runnerUp] = scored.sort(byContextThenNearness);

  if (!runnerUp) return { candidate: best!, confidentAs: best!.context >= MIN_CONTEXT_FOR_UNIQUE ? 'exact' : null };
  const leads = runnerUp.contextErrors >= 2 * best!.contextErrors + MIN_CONTEXT_LEAD;
  return { candidate: best!, confidentAs: leads && best!.context >= MIN_CONTEXT_FOR_CHOICE ? 'context' : null };
}

/**
 * Approximate search, first within {@link FUZZY_WINDOW} of the old position (edits rarely move text
 * far, and the window keeps 100 edited annotations on a 1 MB page fast), then over the whole text
 * (filtered to the regions that can match).
 * When exact copies exist (`exactCopiesExist`), they are masked in the window so an edited original
 * can still be found, and the search is not widened: the copies already are the global answer.
 */
function bestFuzzyMatch(
  prepared: PreparedText,
  query: QuoteQuery,
  exactCopiesExist: boolean,
): { candidate: Candidate; score: number } | null {
  const text = prepared.normalized.text;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(query.quote.length * FUZZY_ERROR_RATE));
  if (maxErrors < 1) return null;
  const windowStart = Math.max(0, query.hint - FUZZY_WINDOW);
  const windowEnd = Math.min(text.length, query.hint + query.quote.length + FUZZY_WINDOW);
  const inWindow = bestFuzzyIn(text, query, maxErrors, windowStart, windowEnd, exactCopiesExist);
  if (inWindow || exactCopiesExist || (windowStart === 0 && windowEnd === text.length)) return inWindow;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const [from, to] of regionsThatCanMatch(prepared, query.quote, maxErrors)) {
    const found = bestFuzzyIn(text, query, maxErrors, from, to, false);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/**
 * Parts of the text where `quote` can match with at most `maxErrors` edits (pigeonhole filter): cut
 * the quote into maxErrors + 1 pieces; any such match leaves at least one piece intact, so it lies
 * around an exact occurrence of a piece. Myers then only runs on those regions instead of the whole
 * 1 MB text (≈10 ms per quote), which keeps pages with many orphaned annotations responsive. Falls
 * back to the whole text when pieces would be too short or too frequent to filter anything.
 */
function regionsThatCanMatch(prepared: PreparedText, quote: string, maxErrors: number): [number, number][] {
  const textLength = prepared.normalized.text.length;
  const whole: [number, number][] = [[0, textLength]];
  const pieceLength = Math.floor(quote.length / (maxErrors + 1));
  if (pieceLength < MIN_PIECE_LENGTH) return whole;
  const regions: [number, number][] = [];
  for (let piece = 0; piece <= maxErrors; piece++) {
    const offset = piece * pieceLength;
    const hits = prepared.findAll(quote.slice(offset, offset + pieceLength), MAX_PIECE_HITS + 1);
    if (hits.length > MAX_PIECE_HITS) return whole;
    for (const at of hits) {
      regions.push([Math.max(0, at - offset - maxErrors), Math.min(textLength, at - offset + quote.length + maxErrors)]);
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push(region);
  }
  return merged;
}

function bestFuzzyIn(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  from: number,
  to: number,
  maskExact: boolean,
): { candidate: Candidate; score: number } | null {
  const minContext = query.quote.length < FUZZY_SHORT_QUOTE ? MIN_FUZZY_CONTEXT_SHORT : MIN_FUZZY_CONTEXT;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const match of findApproximateMatches(text, query.quote, maxErrors, from, to, maskExact)) {
    if (match.errors === 0) continue; // only possible when not masking; exact matches are handled above
    const candidate = scoreCandidate(text, query, match.start, match.end, match.errors);
    if (candidate.context < minContext) continue;
    const score = combinedScore(candidate, query.quote.length);
    if (score >= MIN_FUZZY_SCORE && (!best || score > best.score)) best = { candidate, score };
  }
  return best;
}
