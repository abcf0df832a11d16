import type { Locale } from '@/lib/i18n/locale';
import type { ExportFile } from '@/lib/schema/export-file';
import type { BlobLike } from './read-json-input';

/** The panel asks the import worker to read and validate one file. */
export interface ImportWorkerRequest {
  file: BlobLike;
  locale: Locale;
  now: number;
}

/**
 * The worker's answers, in order: progress while it reads and checks; then either `failed`, or the
 * file in pieces (`file` without its annotations, then `annotations` in slices, then `done`), so that no
 * single message costs the panel a long task to receive.
 */
export type ImportWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' }
  | { type: 'failed'; errors: string[] }
  | { type: 'file'; file: Omit<ExportFile, 'annotations'>; annotationCount: number }
  | { type: 'annotations'; rows: ExportFile['annotations'] }
  | { type: 'done' };

/** Annotations per message: ~90 KB of records, a millisecond or two to receive (several times that on a busy machine). */
export const ANNOTATIONS_PER_MESSAGE = 250;
