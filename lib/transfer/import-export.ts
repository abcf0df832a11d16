import type { Annotation, DocumentRecord, TagSet } from '@/lib/schema';
import { canonicalJson } from '@/lib/shared/canonical-json';
import { decideIncomingTagSet } from '@/lib/tags/incoming-tag-set';
import type { ExportFile } from '@/lib/schema/export-file';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { mergeUrls } from '@/lib/db/documents';
import { mergeIdentities } from '@/lib/documents/absorb-view';

export interface ImportCounts {
  /** `merged`: the file's report was already stored (same id or same text) and was combined with it. */
  documents: { added: number; merged: number };
  annotations: { added: number; updated: number; unchanged: number };
  tagSets: { added: number; updated: number; unchanged: number; kept: number };
}

/**
 * Merges a validated export (see `parseImport`) into the database, all or nothing, in one transaction.
 * - Documents match a stored one by id, else by fingerprint (the same report exported by another
 *   reviewer has another id); the file's annotations are then moved onto the stored id. A merged record
 *   takes its title from whichever side was updated last, unites the URLs, and merges the identities.
 * - Annotations are upserted by id; the newer `updatedAt` wins, a tie keeps the stored row.
 * - Tag sets follow `decideIncomingTagSet`: only a higher version replaces a stored set.
 * Importing the same file again changes nothing. `now` stamps documents whose stored record changed.
 */
export async function importExport(db: PingyueDB, data: ExportFile, now: number): Promise<ImportCounts> {
  return db.transaction('rw', [db.documents, db.annotations, db.tagSets], async () => {
    const counts: ImportCounts = {
      documents: { added: 0, merged: 0 },
      annotations: { added: 0, updated: 0, unchanged: 0 },
      tagSets: { added: 0, updated: 0, unchanged: 0, kept: 0 },
    };

    // Documents: everything they could match is read first, then merged in memory.
    const byId = await db.documents.bulkGet(data.documents.map((d) => d.id));
    const byFingerprint = await db.documents
      .where('fingerprint')
      .anyOf(data.documents.map((d) => d.fingerprint))
      .toArray();
    const working = new Map<string, DocumentRecord>(); // stored or added records by id, as they now stand
    const original = new Map<string, DocumentRecord>(); // stored records before this import
    for (const doc of [...byFingerprint, ...byId]) {
      if (doc) working.set(doc.id, doc);
    }
    for (const [id, doc] of working) original.set(id, doc);

    const documentIdFor = new Map<string, string>(); // file id → id in the database
    for (const incoming of data.documents) {
      const target = working.get(incoming.id) ?? newestWithFingerprint(working.values(), incoming.fingerprint);
      if (target) {
        working.set(target.id, mergeDocument(target, incoming));
        documentIdFor.set(incoming.id, target.id);
        counts.documents.merged++;
      } else {
        working.set(incoming.id, incoming);
        documentIdFor.set(incoming.id, incoming.id);
        counts.documents.added++;
      }
    }
    const documentWrites = [...working.values()]
      .filter((doc) => canonicalJson(doc) !== canonicalJson(original.get(doc.id)))
      .map((doc) => (original.has(doc.id) ? { ...doc, updatedAt: Math.max(now, doc.updatedAt) } : doc));

    // Annotations: the schema guarantees every documentId is one of the file's documents.
    const incomingAnnotations = data.annotations.map(
      (a): Annotation => ({ ...a, documentId: documentIdFor.get(a.documentId) ?? a.documentId }),
    );
    const storedAnnotations = await db.annotations.bulkGet(incomingAnnotations.map((a) => a.id));
    const annotationWrites: Annotation[] = [];
    incomingAnnotations.forEach((incoming, i) => {
      const stored = storedAnnotations[i];
      const outcome = !stored ? 'added' : incoming.updatedAt > stored.updatedAt ? 'updated' : 'unchanged';
      counts.annotations[outcome]++;
      if (outcome !== 'unchanged') annotationWrites.push(incoming);
    });

    // Tag sets: the same rule as a team's tag-set file; a set the file holds in an older or conflicting
    // version is kept as stored (counted as `kept`).
    const storedSets = await db.tagSets.bulkGet(data.tagSets.map((s) => s.id));
    const tagSetWrites: TagSet[] = [];
    data.tagSets.forEach((incoming, i) => {
      const { outcome } = decideIncomingTagSet(storedSets[i], incoming);
      counts.tagSets[outcome === 'refused' ? 'kept' : outcome]++;
      if (outcome === 'added' || outcome === 'updated') tagSetWrites.push(incoming);
    });

    await db.documents.bulkPut(documentWrites);
    await db.annotations.bulkPut(annotationWrites);
    await db.tagSets.bulkPut(tagSetWrites);
    return counts;
  });
}

function newestWithFingerprint(docs: Iterable<DocumentRecord>, fingerprint: string): DocumentRecord | undefined {
  let newest: DocumentRecord | undefined;
  for (const doc of docs) {
    if (doc.fingerprint === fingerprint && (!newest || doc.updatedAt > newest.updatedAt)) newest = doc;
  }
  return newest;
}

/**
 * `stored`'s id, the newer side's title, both sides' URLs, the earliest creation, and an identity that
 * never loses what either side knew (`mergeIdentities`: a complete text beats a partial one).
 */
function mergeDocument(stored: DocumentRecord, incoming: DocumentRecord): DocumentRecord {
  const incomingNewer = incoming.updatedAt > stored.updatedAt;
  const [older, newer] = incomingNewer ? [stored, incoming] : [incoming, stored];
  return {
    ...newer,
    ...mergeIdentities(older, newer),
    id: stored.id,
    urls: mergeUrls(older.urls, newer.urls),
    createdAt: Math.min(stored.createdAt, incoming.createdAt),
    updatedAt: newer.updatedAt,
  };
}
