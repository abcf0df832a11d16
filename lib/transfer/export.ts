import { compareAnchors, type Annotation, type Assessment, type DocumentRecord, type TagSet } from '@/lib/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '@/lib/schema/export-file';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { GENERATOR } from './generator';

/**
 * One report with its annotations and assessment (评议意见), plus the tag sets that define the tags
 * they use (so the receiver sees the same labels and colours). Throws if the document does not exist.
 */
export async function exportDocument(db: PingyueDB, documentId: string, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.documents, db.annotations, db.tagSets, db.assessments], async () => {
    const document = await db.documents.get(documentId);
    if (!document) throw new Error(`No document with id "${documentId}"`);
    const annotations = await db.annotations.where('documentId').equals(documentId).toArray();
    const usedTags = new Set(annotations.map((a) => a.tagId));
    const tagSets = (await db.tagSets.toArray()).filter((set) => set.tags.some((tag) => usedTags.has(tag.id)));
    const assessment = await db.assessments.get(documentId);
    return envelope([document], annotations, tagSets, assessment ? [assessment] : [], now);
  });
}

/** Everything: a full backup of the reviewer's work. */
export async function exportAll(db: PingyueDB, now: number): Promise<ExportFile> {
  return db.transaction('r', [db.documents, db.annotations, db.tagSets, db.assessments], async () =>
    envelope(await db.documents.toArray(), await db.annotations.toArray(), await db.tagSets.toArray(), await db.assessments.toArray(), now),
  );
}

/** Pretty-printed, so a file can be read and diffed by people. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Documents oldest first and each document's annotations in reading order: stable, readable files. */
function envelope(
  documents: DocumentRecord[],
  annotations: Annotation[],
  tagSets: TagSet[],
  assessments: Assessment[],
  now: number,
): ExportFile {
  documents.sort((a, b) => a.createdAt - b.createdAt || compare(a.id, b.id));
  const rank = new Map(documents.map((d, i) => [d.id, i]));
  annotations.sort(
    (a, b) =>
      (rank.get(a.documentId) ?? 0) - (rank.get(b.documentId) ?? 0) ||
      compareAnchors(a.anchor, b.anchor) ||
      compare(a.id, b.id),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    generator: { ...GENERATOR },
    documents,
    annotations,
    tagSets,
    assessments: assessments.sort((a, b) => (rank.get(a.documentId) ?? 0) - (rank.get(b.documentId) ?? 0)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
