/// <reference lib="webworker" />
import { getPingyueDB } from '@/lib/db';
import type { ExportFile } from '@/lib/schema/export-file';
import { parseImport } from '@/lib/transfer/parse-import';
import { findAssessmentConflicts, findImportConflicts, importExport } from '@/lib/transfer/import-export';
import { IMPORT_PROGRESS, type ImportWorkerMessage, type ImportWorkerRequest } from '@/lib/transfer/import-worker-protocol';

/**
 * The whole import off the panel's thread: JSON.parse and the schema check of 100,000 annotations take
 * seconds, and so do comparing and writing them (IndexedDB works in workers; the database is the
 * extension's one, and Dexie tells the panel's live queries what changed). The checked file stays here
 * until the reviewer has settled its conflicts.
 */
const post = (message: ImportWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
let shownPercent = -1;
/** Progress only when the whole percentage moves: every message is a render of the panel. */
const progress = (fraction: number) => {
  const percent = Math.floor(fraction * 100);
  if (percent !== shownPercent) post({ type: 'progress', fraction });
  shownPercent = percent;
};
const failed = (error: unknown) => post({ type: 'failed', errors: [error instanceof Error ? error.message : String(error)] });
let checked: ExportFile | null = null;

self.onmessage = async ({ data: request }: MessageEvent<ImportWorkerRequest>) => {
  const db = getPingyueDB();
  if (request.type === 'check') {
    progress(IMPORT_PROGRESS.reading);
    const result = await parseImport(request.file, request.locale, request.now, () => progress(IMPORT_PROGRESS.checking));
    if (!result.ok) return post({ type: 'failed', errors: result.errors });
    progress(IMPORT_PROGRESS.comparing);
    try {
      const [conflicts, assessmentConflicts] = [await findImportConflicts(db, result.data), await findAssessmentConflicts(db, result.data)];
      checked = result.data;
      post({ type: 'checked', conflicts, assessmentConflicts });
    } catch (error) {
      failed(error);
    }
    return;
  }
  if (!checked) return failed('import worker: no checked file');
  const { choices, assessmentChoices, now } = request;
  const writing = IMPORT_PROGRESS.writing;
  try {
    const counts = await importExport(db, checked, now, {
      choices,
      assessmentChoices,
      onProgress: (written, total) => progress(writing + (1 - writing) * (written / total)),
    });
    post({ type: 'written', counts });
  } catch (error) {
    failed(error);
  }
};
