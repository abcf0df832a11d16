import type { Locale } from '@/lib/i18n/locale';
import type { AssessmentConflict, ConflictChoice, ImportConflict, ImportCounts } from './import-export';
import type { BlobLike } from '@/lib/files/read-json-input';

/**
 * The panel's import runs in a worker (components/panel/import-worker.ts): reading, parsing and
 * validating the file, comparing it with the database, and writing it, all off the panel's thread. The
 * panel receives only progress, the conflicts to settle and the counts, so no import task of the panel
 * is long however big the file (issue 14).
 */
export type ImportWorkerRequest =
  /** Read and check one file, then compare it with the database (writes nothing). */
  | { type: 'check'; file: BlobLike; locale: Locale; now: number }
  /** Write the checked file, with the reviewer's choices for its conflicts (one transaction). */
  | { type: 'write'; now: number; choices: ReadonlyMap<string, ConflictChoice>; assessmentChoices: ReadonlyMap<string, Exclude<ConflictChoice, 'both'>> };

/**
 * The worker's answers: progress while it reads, checks and writes (`fraction` 0–1 of the whole import);
 * `failed` (the file or the write; nothing was written); `checked` with what the reviewer must settle;
 * `written` with the counts.
 */
export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'failed'; errors: string[] }
  | { type: 'checked'; conflicts: ImportConflict[]; assessmentConflicts: AssessmentConflict[] }
  | { type: 'written'; counts: ImportCounts };

/** Where the import stands: reading is the first 5%, checking up to 40%, comparing to 50%, writing the rest. */
export const IMPORT_PROGRESS = { reading: 0.05, checking: 0.25, comparing: 0.4, writing: 0.5 } as const;
