import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { matchDocument, type DocumentMatch } from '@/lib/documents/match-document';
import { normalizeUrl } from '@/lib/documents/normalize-url';
import { absorbView, identityOfView, sameIdentity } from '@/lib/documents/absorb-view';
import { chooseTitle } from '@/lib/documents/generic-title';
import { mergeAssessments, mergeRecords, viewContains } from '@/lib/documents/merge-records';
import type { PingyueDB } from './pingyue-db';

/** `DocumentRecord.urls` is capped by the schema; the oldest URLs are dropped first. */
export const MAX_DOCUMENT_URLS = 100;

/** The stored report this page shows, or `undefined`. Read-only. */
export async function findDocument(db: PingyueDB, page: PageIdentity): Promise<DocumentRecord | undefined> {
  return db.transaction('r', db.documents, async () => (await findMatch(db, page))?.document);
}

/**
 * The stored report this page shows, updated to what the page shows now (see {@link refresh}), or
 * `undefined` when no report matches: opening a page never creates a report, tagging it does.
 */
export async function openDocument(db: PingyueDB, page: PageIdentity, now: number): Promise<DocumentRecord | undefined> {
  return db.transaction('rw', db.documents, db.annotations, db.assessments, async () => {
    const match = await findMatch(db, page);
    return match ? await writeRefreshed(db, await absorbDuplicates(db, match, page), page, now) : undefined;
  });
}

/** The stored report this page shows, created if there is none, and updated like {@link openDocument}. */
export async function findOrCreateDocument(db: PingyueDB, page: PageIdentity, now: number): Promise<DocumentRecord> {
  return db.transaction('rw', db.documents, db.annotations, db.assessments, async () => {
    const match = await findMatch(db, page);
    if (match) return writeRefreshed(db, await absorbDuplicates(db, match, page), page, now);
    const created: DocumentRecord = {
      id: crypto.randomUUID(),
      ...identityOfView(page),
      title: page.title,
      url: page.url,
      urls: [page.url],
      createdAt: now,
      updatedAt: now,
    };
    await db.documents.add(created);
    return created;
  });
}

async function writeRefreshed(db: PingyueDB, document: DocumentRecord, page: PageIdentity, now: number): Promise<DocumentRecord> {
  const refreshed = refresh(document, page, now);
  if (refreshed !== document) await db.documents.put(refreshed);
  return refreshed;
}

/**
 * The cheap, indexed evidence first (a pdf.js fingerprint, the exact text); otherwise every report,
 * since containment needs each one's winnow (`npm run bench` measures the cost at 500 reports).
 */
async function findMatch(db: PingyueDB, page: PageIdentity): Promise<Found | null> {
  const indexed = [
    ...(page.pdfFingerprints.length > 0 ? await db.documents.where('pdfFingerprints').anyOf(page.pdfFingerprints.map((f) => f.toLowerCase())).toArray() : []),
    ...(await db.documents.where('fingerprint').equals(page.fingerprint).toArray()),
  ];
  const match = matchDocument(indexed, page);
  if (match) return { ...match, candidates: null };
  const all = await db.documents.toArray();
  const found = matchDocument(all, page);
  return found && { ...found, candidates: all };
}

/** A match, and the records it was chosen from when they were all of them. */
type Found = DocumentMatch & { candidates: DocumentRecord[] | null };

/**
 * Other records of the report the view reveals (see {@link viewContains}: a partial record the view
 * contains, a record with the same pdf.js fingerprint), merged into the matched one in the caller's
 * transaction: their annotations and assessment move to the oldest record, identities and URLs unite,
 * the others are deleted. Nothing the reviewer wrote is lost; the oldest id is kept.
 */
async function absorbDuplicates(db: PingyueDB, match: Found, page: PageIdentity): Promise<DocumentRecord> {
  // Only a view that holds more than one record's text can reveal a duplicate; a view of no new pages cannot.
  if (page.winnow.length === 0) return match.document;
  const candidates = match.candidates ?? (await db.documents.toArray());
  const duplicates = candidates.filter((d) => d.id !== match.document.id && viewContains(d, page));
  if (duplicates.length === 0) return match.document;
  return mergeDocuments(db, [match.document, ...duplicates]);
}

/** Merges stored records of one report into the oldest (inside the caller's transaction). */
export async function mergeDocuments(db: PingyueDB, records: readonly DocumentRecord[]): Promise<DocumentRecord> {
  const merged = mergeRecords(records, mergeUrls);
  const absorbed = records.map((r) => r.id).filter((id) => id !== merged.id);
  await db.annotations.where('documentId').anyOf(absorbed).modify({ documentId: merged.id });
  const kept = await db.assessments.get(merged.id);
  let assessment = kept;
  for (const other of await db.assessments.bulkGet(absorbed)) {
    if (!other) continue;
    assessment = assessment ? mergeAssessments(assessment, other) : { ...other, documentId: merged.id };
  }
  await db.assessments.bulkDelete(absorbed);
  if (assessment && assessment !== kept) await db.assessments.put(assessment);
  await db.documents.bulkDelete(absorbed);
  await db.documents.put(merged);
  return merged;
}

/**
 * The record updated to what the page shows now, or the same object when nothing changed (so that
 * reopening a report does not write). The identity follows {@link absorbView} (a partial view grows
 * it, a complete one replaces it); the page URL moves to the end of `urls`, replacing any URL that
 * differs only in volatile parameters; a viewer's generic title never replaces a real one.
 */
function refresh(doc: DocumentRecord, page: PageIdentity, now: number): DocumentRecord {
  const identity = absorbView(doc, page);
  const urls = mergeUrls(doc.urls, [page.url]);
  const title = chooseTitle(doc.title, page.title);
  const unchanged =
    sameIdentity(doc, identity) &&
    doc.title === title &&
    doc.url === page.url &&
    doc.urls.length === urls.length &&
    doc.urls.every((url, i) => url === urls[i]);
  return unchanged ? doc : { ...doc, ...identity, title, url: page.url, urls, updatedAt: now };
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
