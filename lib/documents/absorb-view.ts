import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { IDENTITY_SCHEME } from '@/lib/schema/document';
import { unionWinnows } from '@/lib/documents/winnow';

/** A stored report's text identity: the fields a view of the report may change. */
export type DocumentIdentity = Pick<
  DocumentRecord,
  'fingerprint' | 'sketch' | 'textLength' | 'scheme' | 'winnow' | 'complete' | 'pdfFingerprints'
>;

const MAX_PDF_FINGERPRINTS = 4;
/** Stored in lower case, so the index finds them whatever case a viewer reports. */
const lower = (fingerprint: string) => fingerprint.toLowerCase();

/**
 * The identity of a stored report after a view of it (the view was matched to it):
 * - a complete view replaces it (the report may have been edited since);
 * - a partial view never shrinks it: a record that is not complete grows by the view's winnow (union,
 *   capped), keeping the fingerprint, sketch and length it has; a complete record keeps its winnow (it
 *   already holds the whole text; a page adds only its edges).
 * Either way the record is of scheme 2 afterwards, and pdf.js fingerprints accumulate (newest first).
 */
export function absorbView(stored: DocumentIdentity, page: PageIdentity): DocumentIdentity {
  const pdfFingerprints = newestPdfFingerprints(page.pdfFingerprints.map(lower), stored.pdfFingerprints);
  if (page.complete) {
    const { fingerprint, sketch, textLength, winnow } = page;
    return { fingerprint, sketch, textLength, scheme: IDENTITY_SCHEME, winnow, complete: true, pdfFingerprints };
  }
  return {
    fingerprint: stored.fingerprint,
    sketch: stored.sketch,
    textLength: stored.textLength,
    scheme: IDENTITY_SCHEME,
    winnow: stored.complete ? stored.winnow : unionWinnows(stored.winnow, page.winnow),
    complete: stored.complete,
    pdfFingerprints,
  };
}

/**
 * One identity from two records of the same report (an import merging a file's record into the stored
 * one): a complete identity wins over a partial one, the newer of two complete ones wins, two partial
 * ones unite their winnows; pdf.js fingerprints accumulate.
 */
export function mergeIdentities(older: DocumentIdentity, newer: DocumentIdentity): DocumentIdentity {
  const pdfFingerprints = newestPdfFingerprints(newer.pdfFingerprints, older.pdfFingerprints);
  if (older.complete && !newer.complete) return { ...pickIdentity(older), pdfFingerprints };
  if (newer.complete) return { ...pickIdentity(newer), pdfFingerprints };
  return {
    ...pickIdentity(newer),
    scheme: Math.max(older.scheme, newer.scheme) as DocumentIdentity['scheme'],
    winnow: unionWinnows(older.winnow, newer.winnow),
    pdfFingerprints,
  };
}

function pickIdentity({ fingerprint, sketch, textLength, scheme, winnow, complete, pdfFingerprints }: DocumentIdentity): DocumentIdentity {
  return { fingerprint, sketch, textLength, scheme, winnow, complete, pdfFingerprints };
}

function newestPdfFingerprints(newer: readonly string[], older: readonly string[]): string[] {
  return [...new Set([...newer, ...older])].slice(0, MAX_PDF_FINGERPRINTS);
}

/** The identity a new record takes from the view that created it. */
export function identityOfView(page: PageIdentity): DocumentIdentity {
  const { fingerprint, sketch, textLength, winnow, complete } = page;
  return { fingerprint, sketch, textLength, scheme: IDENTITY_SCHEME, winnow, complete, pdfFingerprints: page.pdfFingerprints.map(lower) };
}

export function sameIdentity(a: DocumentIdentity, b: DocumentIdentity): boolean {
  return (
    a.fingerprint === b.fingerprint &&
    a.scheme === b.scheme &&
    a.complete === b.complete &&
    sameNumbers(a.winnow, b.winnow) &&
    sameNumbers(a.sketch, b.sketch) &&
    a.textLength === b.textLength &&
    a.pdfFingerprints.join() === b.pdfFingerprints.join()
  );
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
