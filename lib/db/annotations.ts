import { compareAnchors, type Anchor, type AnchorStatus, type Annotation, type AnnotationSource, type PageIdentity } from '@/lib/schema';
import { findOrCreateDocument } from './documents';
import type { PingyueDB } from './pingyue-db';

export interface NewAnnotation {
  page: PageIdentity;
  tagId: string;
  comment: string;
  anchor: Anchor;
  /** Set when made from a checker finding (转为批注). */
  source?: AnnotationSource;
}

/**
 * Tags a passage. The report is found or created in the same transaction, so an annotation never
 * points at a document that was not written.
 */
export async function createAnnotation(db: PingyueDB, input: NewAnnotation, now: number): Promise<Annotation> {
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const document = await findOrCreateDocument(db, input.page, now);
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      documentId: document.id,
      tagId: input.tagId,
      comment: input.comment,
      anchor: input.anchor,
      // It was just made from the live selection, so it is where it says it is.
      anchorStatus: 'anchored',
      ...(input.source && { source: input.source }),
      createdAt: now,
      updatedAt: now,
    };
    await db.annotations.add(annotation);
    return annotation;
  });
}

export interface AnnotationPatch {
  comment?: string;
  tagId?: string;
}

/** Both sides of an edit; `before` is what {@link UndoStack} keeps. */
export interface AnnotationChange {
  before: Annotation;
  after: Annotation;
}

/**
 * Edits the comment and/or tag. Resolves to `undefined` when the annotation no longer exists; a patch
 * that changes nothing writes nothing and resolves to `after === before`.
 */
export async function updateAnnotation(
  db: PingyueDB,
  id: string,
  patch: AnnotationPatch,
  now: number,
): Promise<AnnotationChange | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id);
    if (!before) return undefined;
    const comment = patch.comment ?? before.comment;
    const tagId = patch.tagId ?? before.tagId;
    if (comment === before.comment && tagId === before.tagId) return { before, after: before };
    const after: Annotation = {
      ...before,
      comment,
      tagId,
      updatedAt: now,
    };
    await db.annotations.put(after);
    return { before, after };
  });
}

/** Deletes annotations and resolves to the rows that existed (in `ids` order), for undo. */
export async function deleteAnnotations(db: PingyueDB, ids: readonly string[]): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = (await db.annotations.bulkGet([...new Set(ids)])).filter((a): a is Annotation => a !== undefined);
    await db.annotations.bulkDelete(existing.map((a) => a.id));
    return existing;
  });
}

export interface AnchorStatusUpdate {
  id: string;
  status: AnchorStatus;
}

/**
 * Records where re-anchoring found each annotation. Only rows whose status changed are written, so
 * reopening a page does not wake every live query. `updatedAt` is not touched: re-anchoring is an
 * observation of the page, not an edit, and must not win over a real edit when files are merged.
 * Resolves to the number of rows written.
 */
export async function setAnchorStatuses(db: PingyueDB, statuses: readonly AnchorStatusUpdate[]): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    const rows = await db.annotations.bulkGet(statuses.map((s) => s.id));
    const changed = new Map<string, Annotation>();
    statuses.forEach(({ id, status }, i) => {
      const row = changed.get(id) ?? rows[i];
      if (row && row.anchorStatus !== status) changed.set(id, { ...row, anchorStatus: status });
    });
    if (changed.size > 0) await db.annotations.bulkPut([...changed.values()]);
    return changed.size;
  });
}

/** A report's annotations in reading order (page, start, end offset; ties by creation). */
export async function listDocumentAnnotations(db: PingyueDB, documentId: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('documentId').equals(documentId).toArray();
  return rows.sort(
    (a, b) =>
      compareAnchors(a.anchor, b.anchor) || a.createdAt - b.createdAt,
  );
}
