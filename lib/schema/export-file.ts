import { z } from 'zod';
import { Annotation } from './annotation';
import { DocumentRecord } from './document';
import { TagSet } from './tag-set';

export const EXPORT_FORMAT = 'pingyue/annotations' as const;
/** Bump only for changes old readers would misread; then add a migration from every older version. */
export const EXPORT_VERSION = 1 as const;

/**
 * A report in an export file. Files written before identity scheme 2 (docs/export-format.md) lack its
 * fields: those reports import as scheme-1 records (no winnow yet), like a migrated database's. The
 * fields are additions that an older Pingyue refuses as unknown rather than misreads, so the format
 * version stays 1.
 */
export const ExportedDocument = DocumentRecord.extend({
  scheme: DocumentRecord.shape.scheme.default(1),
  winnow: DocumentRecord.shape.winnow.default(() => []),
  complete: DocumentRecord.shape.complete.default(false),
  pdfFingerprints: DocumentRecord.shape.pdfFingerprints.default(() => []),
});

/**
 * The JSON file reviewers exchange (docs/export-format.md). This schema is the source of truth; the
 * file is validated in full before anything is written to the database.
 */
export const ExportFile = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({
      name: z.literal('pingyue'),
      version: z.string().min(1).max(64),
    }),
    documents: z.array(ExportedDocument),
    annotations: z.array(Annotation),
    tagSets: z.array(TagSet),
  })
  .superRefine((file, ctx) => {
    rejectDuplicateIds(file.documents, 'documents', ctx);
    rejectDuplicateIds(file.annotations, 'annotations', ctx);
    rejectDuplicateIds(file.tagSets, 'tagSets', ctx);
    const documentIds = new Set(file.documents.map((d) => d.id));
    file.annotations.forEach((annotation, i) => {
      if (!documentIds.has(annotation.documentId)) {
        ctx.addIssue({
          code: 'custom',
          message: `documentId "${annotation.documentId}" does not match any document in this file`,
          path: ['annotations', i, 'documentId'],
          params: { pingyue: 'dangling-document', value: annotation.documentId },
        });
      }
    });
  });
export type ExportFile = z.infer<typeof ExportFile>;

/** A time in an export file that lies after `latest`, and where. */
export interface FutureTimestamp {
  path: (string | number)[];
  value: number;
}

/**
 * Every time in `file` later than `latest` (the importing machine's clock plus
 * `CLOCK_SKEW_ALLOWANCE_MS`). A note "edited in 2100" is a forgery meant to win over later edits:
 * the import refuses such a file and names each place.
 */
export function futureTimestamps(file: ExportFile, latest: number): FutureTimestamp[] {
  const found: FutureTimestamp[] = [];
  const check = (list: 'documents' | 'annotations', rows: readonly { createdAt: number; updatedAt: number }[]) =>
    rows.forEach((row, i) => {
      for (const field of ['createdAt', 'updatedAt'] as const) {
        if (row[field] > latest) found.push({ path: [list, i, field], value: row[field] });
      }
    });
  check('documents', file.documents);
  check('annotations', file.annotations);
  return found;
}

/** An id used twice in one list would make the import's result depend on row order. */
function rejectDuplicateIds(rows: readonly { id: string }[], list: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate id "${row.id}"`,
        path: [list, i, 'id'],
        params: { pingyue: 'duplicate-id', value: row.id },
      });
    }
    seen.add(row.id);
  });
}
