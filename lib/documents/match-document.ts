import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import { sketchSimilarity } from '@/lib/documents/sketch';

export { sketchSimilarity };

export interface DocumentMatch {
  document: DocumentRecord;
  how: 'fingerprint' | 'url' | 'similar';
  similarity: number;
}

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
 * Find the stored report a page shows: exact fingerprint first, then same URL (ignoring volatile
 * parameters) with somewhat similar text, then similar text alone. Ties go to the most recently
 * updated record. Pure: no storage or browser APIs.
 */
export function matchDocument(
  candidates: readonly DocumentRecord[],
  page: PageIdentity,
): DocumentMatch | null {
  const byRecency = [...candidates].sort((a, b) => b.updatedAt - a.updatedAt);

  const exact = byRecency.find((doc) => doc.fingerprint === page.fingerprint);
  if (exact) return { document: exact, how: 'fingerprint', similarity: 1 };

  const pageUrl = normalizeUrl(page.url);
  const sameUrl = bestBySimilarity(
    byRecency.filter((doc) => [doc.url, ...doc.urls].some((url) => normalizeUrl(url) === pageUrl)),
    page,
    SAME_URL_THRESHOLD,
    SAME_URL_LENGTH_RATIO,
  );
  if (sameUrl) return { ...sameUrl, how: 'url' };

  const similar = bestBySimilarity(byRecency, page, SIMILAR_TEXT_THRESHOLD, SIMILAR_LENGTH_RATIO);
  return similar ? { ...similar, how: 'similar' } : null;
}

function bestBySimilarity(
  candidates: readonly DocumentRecord[],
  page: PageIdentity,
  threshold: number,
  lengthRatio: number,
): { document: DocumentRecord; similarity: number } | null {
  let best: { document: DocumentRecord; similarity: number } | null = null;
  for (const document of candidates) {
    if (!comparableLength(document.textLength, page.textLength, lengthRatio)) continue;
    const similarity = sketchSimilarity(document.sketch, page.sketch);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { document, similarity };
  }
  return best;
}

function comparableLength(a: number, b: number, ratio: number): boolean {
  return Math.min(a, b) >= ratio * Math.max(a, b);
}
