import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { Annotation } from './annotation';
import { DocumentRecord } from './document';
import { TagSet } from './tag-set';
import { Assessment } from './assessment';
import { Timestamp } from './timestamp';

export const EXPORT_FORMAT = 'pingyue/annotations' as const;
/**
 * Bump only for changes old readers would misread or refuse with a confusing message; then keep
 * reading every older version. Version 2 adds `assessments` (评议意见: ratings, edited sections and
 * names) and documents' `origins`: a version-1 reader would refuse them as unknown fields, so it now
 * says "please update Pingyue" instead.
 */
export const EXPORT_VERSION = 2 as const;
/** Every version this Pingyue imports. A version-1 file reads as version 2 without assessments. */
export const IMPORTABLE_VERSIONS: readonly number[] = [1, 2];

/**
 * A report in an export file. Files written before identity scheme 2 (docs/export-format.md) lack its
 * fields: those reports import as scheme-1 records (no winnow yet), like a migrated database's. The
 * fields are additions that an older Pingyue refuses as unknown rather than misreads, so the format
 * version stays 1.
 */
export const ExportedDocument = lazySchema(() =>
  z.extend(DocumentRecord, {
    scheme: z._default(DocumentRecord.shape.scheme, 1),
    winnow: z._default(DocumentRecord.shape.winnow, () => []),
    complete: z._default(DocumentRecord.shape.complete, false),
    pdfFingerprints: z._default(DocumentRecord.shape.pdfFingerprints, () => []),
  }),
);

/** An assessment in an export file: as stored, with its time bounded like every other stored time. */
export const ExportedAssessment = lazySchema(() => z.extend(Assessment, { updatedAt: Timestamp }));

/**
 * The JSON file reviewers exchange (docs/export-format.md). This schema is the source of truth; the
 * file is validated in full before anything is written to the database.
 */
export const ExportFile = lazySchema(() =>
  z
    .strictObject({
      format: z.literal(EXPORT_FORMAT),
      version: z.union([z.literal(1), z.literal(EXPORT_VERSION)]),
      exportedAt: z.iso.datetime({ offset: true }),
      generator: z.strictObject({
        name: z.literal('pingyue'),
        version: z.string().check(z.minLength(1), z.maxLength(64)),
      }),
      documents: z.array(ExportedDocument),
      annotations: z.array(Annotation),
      tagSets: z.array(TagSet),
      /** One per report at most (version 2; absent from version-1 files). */
      assessments: z._default(z.array(ExportedAssessment), () => []),
    })
    .check(
      z.superRefine((file, ctx) => {
        if (file.version === 1 && file.assessments.length > 0) {
          ctx.addIssue({ code: 'custom', message: 'assessments need export version 2', path: ['assessments'] });
        }
        rejectDuplicateIds(file.documents, 'documents', ctx);
        rejectDuplicateIds(file.annotations, 'annotations', ctx);
        rejectDuplicateIds(file.tagSets, 'tagSets', ctx);
        rejectDuplicateIds(file.assessments.map((a) => ({ id: a.documentId })), 'assessments', ctx, 'documentId');
        const documentIds = new Set(file.documents.map((d) => d.id));
        const rejectDangling = (list: 'annotations' | 'assessments', rows: readonly { documentId: string }[]) =>
          rows.forEach((row, i) => {
            if (!documentIds.has(row.documentId)) {
              ctx.addIssue({
                code: 'custom',
                message: `documentId "${row.documentId}" does not match any document in this file`,
                path: [list, i, 'documentId'],
                params: { pingyue: 'dangling-document', value: row.documentId },
              });
            }
          });
        rejectDangling('annotations', file.annotations);
        rejectDangling('assessments', file.assessments);
      }),
    ),
);
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
  const check = (list: 'documents' | 'annotations' | 'assessments', rows: readonly { createdAt?: number; updatedAt: number }[]) =>
    rows.forEach((row, i) => {
      for (const field of ['createdAt', 'updatedAt'] as const) {
        const value = row[field];
        if (value !== undefined && value > latest) found.push({ path: [list, i, field], value });
      }
    });
  check('documents', file.documents);
  check('annotations', file.annotations);
  check('assessments', file.assessments);
  return found;
}

/** An id used twice in one list would make the import's result depend on row order. */
function rejectDuplicateIds(rows: readonly { id: string }[], list: string, ctx: z.core.$RefinementCtx, key = 'id'): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate ${key} "${row.id}"`,
        path: [list, i, key],
        params: { pingyue: 'duplicate-id', value: row.id },
      });
    }
    seen.add(row.id);
  });
}
