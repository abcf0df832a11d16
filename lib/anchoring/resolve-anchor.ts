import type { Anchor } from '@/lib/schema';
import {
  byContextThenNearness,
  findApproximateMatches,
  findExactOccurrences,
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

/**
 * Re-find a stored anchor in the current text of a frame.
 *
 * Order, cheapest first: (1) the stored position, verified against the quote; (2) exact search of the
 * quote in the normalised text, disambiguated by context; (3) approximate search with a tight error
 * budget, always reported as uncertain; (4) orphan. The overriding rule (Hypothesis #7571): prefer
 * "uncertain" or "orphan" to a confident answer on a look-alike passage, because work reports repeat
 * template sentences.
 */

/** A frame's text normalised once, reused for every annotation on the page. */
export interface PreparedText {
  readonly raw: string;
  readonly normalized: NormalizedText;
}

/** Where an anchor landed, in raw text-map offsets. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'context' }
  | { status: 'uncertain'; start: number; end: number; reason: 'ambiguous' | 'fuzzy'; score: number }
  | { status: 'orphan' };

/** Exact matches among several need at least this context agreement to be chosen confidently … */
const MIN_CONTEXT_FOR_CHOICE = 0.5;
/** … and this many fewer disagreeing context characters than the runner-up (or a perfect context). */
const MIN_CONTEXT_LEAD = 2;
/**
 * A unique exact match of a quote this short (normalised chars) must also agree with its context: a
 * phrase rewritten in place often survives verbatim in a look-alike sentence elsewhere, whose context
 * then only half agrees (the look-alike shares its own wording, not its surroundings).
 */
const SHORT_QUOTE = 16;
const MIN_CONTEXT_FOR_SHORT_UNIQUE = 0.6;

/** Fuzzy budget: 15 % of the quote, at most 32 errors (one Myers block); < 1 error → no fuzzy search. */
const FUZZY_ERROR_RATE = 0.15;
const MAX_FUZZY_ERRORS = 32;
/** Characters searched on each side of the old position before the whole text is searched. */
const FUZZY_WINDOW = 4_000;
/** Fuzzy acceptance: weighted score floor, plus a context floor that is stricter for short quotes. */
const MIN_FUZZY_SCORE = 0.65;
const MIN_FUZZY_CONTEXT = 0.3;
const MIN_FUZZY_CONTEXT_SHORT = 0.5;
const FUZZY_SHORT_QUOTE = 40;
const FUZZY_WEIGHTS = { quote: 0.5, context: 0.35, nearness: 0.15 };

export function prepareText(text: string): PreparedText {
  return { raw: text, normalized: normalizeForMatching(text) };
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
  return resolveExact(prepared, query) ?? resolveFuzzy(prepared, query) ?? { status: 'orphan' };
}

function resolveExact(prepared: PreparedText, query: QuoteQuery): AnchorResult | null {
  const text = prepared.normalized.text;
  const candidates = findExactOccurrences(text, query.quote)
    .map((at) => scoreCandidate(text, query, at, at + query.quote.length, 0))
    .sort(byContextThenNearness);
  const [best, runnerUp] = candidates;
  if (!best) return null;
  const span = toRawSpan(prepared.normalized, prepared.raw, best.start, best.end);

  if (!runnerUp) {
    // A short phrase that now occurs once, in unfamiliar surroundings, is likely a look-alike.
    if (query.quote.length < SHORT_QUOTE && best.context < MIN_CONTEXT_FOR_SHORT_UNIQUE) {
      return { status: 'uncertain', ...span, reason: 'ambiguous', score: best.context };
    }
    return { status: 'anchored', ...span, method: 'exact' };
  }
  const leads =
    (best.contextErrors === 0 && runnerUp.contextErrors > 0) ||
    runnerUp.contextErrors - best.contextErrors >= MIN_CONTEXT_LEAD;
  if (leads && best.context >= MIN_CONTEXT_FOR_CHOICE) return { status: 'anchored', ...span, method: 'context' };
  return { status: 'uncertain', ...span, reason: 'ambiguous', score: best.context };
}

/**
 * Approximate search, first within {@link FUZZY_WINDOW} of the old position (edits rarely move text
 * far, and the window keeps 100 edited annotations on a 1 MB page fast), then over the whole text.
 */
function resolveFuzzy(prepared: PreparedText, query: QuoteQuery): AnchorResult | null {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(query.quote.length * FUZZY_ERROR_RATE));
  if (maxErrors < 1) return null;
  const text = prepared.normalized.text;
  const windowStart = Math.max(0, query.hint - FUZZY_WINDOW);
  const windowEnd = Math.min(text.length, query.hint + query.quote.length + FUZZY_WINDOW);

  let best = bestFuzzyCandidate(text, query, maxErrors, windowStart, windowEnd);
  if (!best && (windowStart > 0 || windowEnd < text.length)) {
    best = bestFuzzyCandidate(text, query, maxErrors, 0, text.length);
  }
  if (!best) return null;
  const span = toRawSpan(prepared.normalized, prepared.raw, best.candidate.start, best.candidate.end);
  return { status: 'uncertain', ...span, reason: 'fuzzy', score: best.score };
}

function bestFuzzyCandidate(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  from: number,
  to: number,
): { candidate: Candidate; score: number } | null {
  const minContext = query.quote.length < FUZZY_SHORT_QUOTE ? MIN_FUZZY_CONTEXT_SHORT : MIN_FUZZY_CONTEXT;
  let best: { candidate: Candidate; score: number } | null = null;
  for (const match of findApproximateMatches(text, query.quote, maxErrors, from, to)) {
    const candidate = scoreCandidate(text, query, match.start, match.end, match.errors);
    if (candidate.context < minContext) continue;
    const score =
      FUZZY_WEIGHTS.quote * (1 - match.errors / query.quote.length) +
      FUZZY_WEIGHTS.context * candidate.context +
      FUZZY_WEIGHTS.nearness * candidate.nearness;
    if (score >= MIN_FUZZY_SCORE && (!best || score > best.score)) best = { candidate, score };
  }
  return best;
}
