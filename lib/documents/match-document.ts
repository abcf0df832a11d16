import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import { sketchSimilarity } from '@/lib/documents/sketch';
import { containment, WINNOW_CAP } from '@/lib/documents/winnow';

export { sketchSimilarity };

export interface DocumentMatch {
  document: DocumentRecord;
  /**
   * - `pdf`: the same pdf.js document fingerprint;
   * - `fingerprint`: the same normalised text;
   * - `contained`: one text contains the other (a partial view of the report, or the whole of a report
   *   stored from its pages);
   * - `similar`: an edited version of the report;
   * - `url`: contained or similar below the text-only bar, at the same URL (session tokens ignored).
   */
  how: 'pdf' | 'fingerprint' | 'contained' | 'similar' | 'url';
  /** The containment or similarity the match rests on (1 for `pdf` and `fingerprint`). */
  similarity: number;
}

/**
 * Containment needed to accept a report on text alone. Measured (k=8, w=8):
 * - on 300–1000-character pages of the 11 reports of the shared corpus, with a page footer on both
 *   ends: a page in its own report 0.93–1.00 (mean 0.98); with one character in 200 edited ≥ 0.92, one
 *   in 100 ≥ 0.84; a page in another report ≤ 0.12 (mean 0.003); a page of a report that shares 30% of
 *   its sentences with the stored one mean 0.25, at most 0.67;
 * - on the template reports of tests/fixtures/documents/paged-report.ts (same headings and stock
 *   sentences, substance from one small vocabulary, so harsher than real reports): 1,341 pages of one
 *   report in another of the template: median 0.46, 99th percentile 0.59, maximum 0.66.
 * Containment is about the share of shared text, whatever k, so a page that is mostly template cannot
 * be told apart on its own; the bar sits between those and a lightly edited page, and the URL can lower it.
 */
export const CONTAINED_THRESHOLD = 0.75;
/** With the same (normalised) URL as corroboration, half the page is enough. */
export const SAME_URL_CONTAINED_THRESHOLD = 0.5;
/**
 * A pdf.js fingerprint is strong evidence, but not proof: it is rejected when a whole text is at hand
 * and less of the other side is in it than even the same URL would need (two reports of one template
 * share up to ~0.65; a report and its own pages ≥ 0.9).
 */
const PDF_CONTRADICTED_BELOW = SAME_URL_CONTAINED_THRESHOLD;
/**
 * Fingerprints a containment estimate must rest on. Below this (a text of less than ~80 characters,
 * or the few fingerprints of a page that fall under a very long report's sample threshold), the estimate's
 * error is too large (±0.1 at 25) to decide on.
 */
export const MIN_CONTAINMENT_EVIDENCE = 24;

/**
 * Similarity needed to accept a report on text alone. With 64 slots the estimate's standard error is
 * sqrt(J(1-J)/64): ≈0.04 at J=0.9, so a lightly edited report (J≥0.9) falls below 0.8 with well under
 * 1% probability, while two employees' reports from the same template (J≈0.2–0.4 on 4-grams) are
 * about ten standard errors away. A false accept attaches annotations to the wrong report, so err high.
 */
export const SIMILAR_TEXT_THRESHOLD = 0.8;
/** With the same (normalised) URL as corroboration, a more heavily revised report is still accepted. */
export const SAME_URL_THRESHOLD = 0.5;
/** Shorter/longer text length ratio needed for a text-only match (an edit rarely changes size by >20%). */
const SIMILAR_LENGTH_RATIO = 0.8;
const SAME_URL_LENGTH_RATIO = 0.5;

/**
 * Find the stored report a page shows (identity scheme 2), in order of evidence:
 * 1. a pdf.js fingerprint in common (unless the texts clearly disagree: PDFs without an /ID get a
 *    fingerprint from their first kilobyte, which one generator may give to many reports);
 * 2. the same normalised text;
 * 3. containment: the page's text in the stored report's (a paged viewer shows some pages), or the
 *    stored report's in the page's (the report was stored from some pages, or grew by an appendix);
 *    for complete texts also similarity (an edited report);
 * 4. the same URL (session tokens ignored) only lowers the bar of 3; it never suffices alone.
 * Within a step the strongest evidence wins, ties go to the most recently updated record. Records of
 * scheme 1 (no winnow yet) can only be found by fingerprint or similarity. Pure: no storage or browser APIs.
 */
export function matchDocument(candidates: readonly DocumentRecord[], page: PageIdentity): DocumentMatch | null {
  const byRecency = [...candidates].sort((a, b) => b.updatedAt - a.updatedAt);

  const pdf = byRecency.find((doc) => sharesPdfFingerprint(doc, page) && !textContradicts(doc, page));
  if (pdf) return { document: pdf, how: 'pdf', similarity: 1 };

  const exact = byRecency.find((doc) => doc.fingerprint === page.fingerprint);
  if (exact) return { document: exact, how: 'fingerprint', similarity: 1 };

  const pageUrl = normalizeUrl(page.url);
  const sameUrl = (doc: DocumentRecord) => [doc.url, ...doc.urls].some((url) => normalizeUrl(url) === pageUrl);
  let best: DocumentMatch | null = null;
  for (const document of byRecency) {
    const match = textMatch(document, page, sameUrl);
    if (match && (!best || match.similarity > best.similarity)) best = match;
  }
  return best;
}

/** `sameUrl` is asked only when the text alone falls short of the bar (URL parsing is the costly part). */
function textMatch(document: DocumentRecord, page: PageIdentity, sameUrl: (doc: DocumentRecord) => boolean): DocumentMatch | null {
  const contained = mutualContainment(document, page);
  if (contained >= CONTAINED_THRESHOLD) return { document, how: 'contained', similarity: contained };
  const whole = bothWhole(document, page);
  const similarity = whole && comparableLength(document.textLength, page.textLength, SAME_URL_LENGTH_RATIO) ? sketchSimilarity(document.sketch, page.sketch) : 0;
  if (similarity >= SIMILAR_TEXT_THRESHOLD && comparableLength(document.textLength, page.textLength, SIMILAR_LENGTH_RATIO)) {
    return { document, how: 'similar', similarity };
  }
  if (contained < SAME_URL_CONTAINED_THRESHOLD && similarity < SAME_URL_THRESHOLD) return null;
  if (!sameUrl(document)) return null;
  return contained >= SAME_URL_CONTAINED_THRESHOLD ? { document, how: 'url', similarity: contained } : { document, how: 'url', similarity };
}

/**
 * The larger of the two containments that rest on enough fingerprints (0 when neither does, and for a
 * record of scheme 1, which has no winnow).
 */
export function mutualContainment(document: Pick<DocumentRecord, 'winnow'>, page: Pick<PageIdentity, 'winnow'>): number {
  let best = 0;
  for (const [part, whole] of [[page.winnow, document.winnow], [document.winnow, page.winnow]] as const) {
    if (!canReach(part, whole, Math.max(best, SAME_URL_CONTAINED_THRESHOLD))) continue;
    const { value, evidence } = containment(part, whole);
    if (evidence >= MIN_CONTAINMENT_EVIDENCE) best = Math.max(best, value);
  }
  return best;
}

/**
 * Whether `part` could be contained in `whole` at `bar`: not if `whole` has too few fingerprints to
 * hold that share of `part`'s (exact when neither is capped; a capped winnow is always tried). Skips
 * most of the work of comparing a page with 500 long reports the wrong way round.
 */
function canReach(part: readonly number[], whole: readonly number[], bar: number): boolean {
  if (part.length >= WINNOW_CAP || whole.length >= WINNOW_CAP) return true;
  return whole.length >= bar * part.length;
}

/**
 * Overall similarity compares two whole texts. A scheme-1 record's text is of unknown extent; it is
 * compared as if whole, as scheme 1 did.
 */
function bothWhole(document: DocumentRecord, page: PageIdentity): boolean {
  return page.complete && (document.complete || document.scheme === 1);
}

export function sharesPdfFingerprint(document: Pick<DocumentRecord, 'pdfFingerprints'>, page: Pick<PageIdentity, 'pdfFingerprints'>): boolean {
  const stored = new Set(document.pdfFingerprints.map((f) => f.toLowerCase()));
  return page.pdfFingerprints.some((f) => stored.has(f.toLowerCase()));
}

/**
 * When either side is the whole report, the other side's text should be in it; a "no" on enough
 * fingerprints means two PDFs that merely share a fingerprint. Two partial views (other pages) cannot
 * contradict each other.
 */
export function textContradicts(document: Pick<DocumentRecord, 'complete' | 'winnow'>, page: Pick<PageIdentity, 'complete' | 'winnow'>): boolean {
  const checks = [
    ...(document.complete ? [containment(page.winnow, document.winnow)] : []),
    ...(page.complete ? [containment(document.winnow, page.winnow)] : []),
  ].filter((c) => c.evidence >= MIN_CONTAINMENT_EVIDENCE);
  return checks.length > 0 && checks.every((c) => c.value < PDF_CONTRADICTED_BELOW);
}

function comparableLength(a: number, b: number, ratio: number): boolean {
  return Math.min(a, b) >= ratio * Math.max(a, b);
}
