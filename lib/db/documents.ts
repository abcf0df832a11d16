import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { matchDocument, type DocumentMatch } from '@/lib/documents/match-document';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import type { PingyueDB } from './pingyue-db';

/** `DocumentRecord.urls` is capped by the schema; the oldest URLs are dropped first. */
export const MAX_DOCUMENT_URLS = 100;

/**
 * Length window for similar-text candidates: a report edited by ±20% or so. It must be at least as wide
 * as the length ratio `matchDocument` accepts, or matches would be missed rather than rejected there.
 */
const SIMILAR_LENGTH_RATIO = 0.8;

/** The stored report this page shows, or `undefined`. Read-only. */
export async function findDocument(db: PingyueDB, page: PageIdentity): Promise<DocumentRecord | undefined> {
  return db.transaction('r', db.documents, async () => (await findMatch(db, page))?.document);
}

/**
 * The stored report this page shows, created if there is none. A report found by URL or by similar text
 * was edited or moved, so its identity (fingerprint, sketch, length) and metadata follow the page.
 */
export async function findOrCreateDocument(db: PingyueDB, page: PageIdentity, now: number): Promise<DocumentRecord> {
  return db.transaction('rw', db.documents, async () => {
    const match = await findMatch(db, page);
    if (!match) {
      const created: DocumentRecord = {
        id: crypto.randomUUID(),
        fingerprint: page.fingerprint,
        sketch: page.sketch,
        textLength: page.textLength,
        title: page.title,
        url: page.url,
        urls: [page.url],
        createdAt: now,
        updatedAt: now,
      };
      await db.documents.add(created);
      return created;
    }
    const refreshed = refresh(match.document, page, now);
    if (refreshed !== match.document) await db.documents.put(refreshed);
    return refreshed;
  });
}

/**
 * Widens the candidate set step by step, using an index at each step: same fingerprint, then the same
 * URL path (the index cannot normalise tokens away, so `matchDocument` compares normalised URLs), then
 * every report of comparable length.
 */
async function findMatch(db: PingyueDB, page: PageIdentity): Promise<DocumentMatch | null> {
  const byFingerprint = await db.documents.where('fingerprint').equals(page.fingerprint).toArray();
  const exact = matchDocument(byFingerprint, page);
  if (exact) return exact;

  const byUrl = await db.documents.where('urls').startsWith(urlPathPrefix(page.url)).distinct().toArray();
  const sameUrl = matchDocument(byUrl, page);
  if (sameUrl) return sameUrl;

  const bySize = await db.documents
    .where('textLength')
    .between(Math.ceil(page.textLength * SIMILAR_LENGTH_RATIO), Math.floor(page.textLength / SIMILAR_LENGTH_RATIO), true, true)
    .toArray();
  return matchDocument(bySize, page);
}

/** The URL up to its query, fragment or `;jsessionid=`: the part every token variant shares. */
function urlPathPrefix(url: string): string {
  const end = url.search(/[?#;]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * The record updated to what the page shows now, or the same object when nothing changed (so that
 * reopening a report does not write). The page URL moves to the end of `urls`, replacing any URL that
 * differs only in volatile parameters.
 */
function refresh(doc: DocumentRecord, page: PageIdentity, now: number): DocumentRecord {
  const urls = mergeUrls(doc.urls, [page.url]);
  const next: DocumentRecord = {
    ...doc,
    fingerprint: page.fingerprint,
    sketch: page.sketch,
    textLength: page.textLength,
    title: page.title,
    url: page.url,
    urls,
    updatedAt: now,
  };
  // Equal fingerprints mean equal normalised text, hence equal sketch and length.
  const unchanged =
    doc.fingerprint === next.fingerprint &&
    doc.title === next.title &&
    doc.url === next.url &&
    doc.urls.length === urls.length &&
    doc.urls.every((url, i) => url === urls[i]);
  return unchanged ? doc : next;
}

/**
 * `existing` followed by `added`, keeping only the last of URLs that differ just in volatile parameters
 * (session tokens and the like), capped at {@link MAX_DOCUMENT_URLS} by dropping the oldest.
 */
export function mergeUrls(existing: readonly string[], added: readonly string[]): string[] {
  const all = [...existing, ...added];
  const keys = all.map(normalizeUrl);
  return all.filter((_, i) => keys.indexOf(keys[i]!, i + 1) === -1).slice(-MAX_DOCUMENT_URLS);
}
