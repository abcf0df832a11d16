import type { Locale } from '@/lib/i18n/locale';
import { MAX_IMPORT_BYTES, parseImport, type ConflictChoice, type ImportCounts, type ImportConflict, type AssessmentConflict } from '@/lib/transfer';
import type { ImportWorkerMessage, ImportWorkerRequest } from '@/lib/transfer/import-worker-protocol';

/** The reviewer's choices: notes by annotation id, assessments by the stored report's id. */
export interface ImportChoices {
  notes: ReadonlyMap<string, ConflictChoice>;
  assessments: ReadonlyMap<string, Exclude<ConflictChoice, 'both'>>;
}

/** Where an import stands, from 0 to 1, for the progress bar. */
export type ReportProgress = (fraction: number) => void;

/** A checked file waiting in the worker: what the reviewer must settle, and how to write it. */
export interface CheckedImport {
  conflicts: ImportConflict[];
  assessmentConflicts: AssessmentConflict[];
  /** Writes the file with the reviewer's choices for notes and assessments (all or nothing); the worker ends after it. */
  write(choices: ImportChoices, onProgress: ReportProgress): Promise<ImportCounts>;
  /** The reviewer cancelled: nothing is written, the worker ends. */
  cancel(): void;
}

export type CheckImportResult = { ok: true; checked: CheckedImport } | { ok: false; errors: string[] };

/**
 * The import in a worker (./import-worker.ts): the panel's thread only receives progress, the conflicts
 * and the counts, and stays responsive however large the file (up to the 50 MB limit, which the worker
 * checks before reading). A file too large is refused from its size alone, without a worker.
 */
export async function checkImportFile(file: File, locale: Locale, now: number, onProgress: ReportProgress): Promise<CheckImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    const refused = await parseImport(file, locale, now);
    return refused.ok ? { ok: false, errors: ['import: unexpected'] } : refused;
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let listener: (message: ImportWorkerMessage) => void = () => undefined;
  worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => (data.type === 'progress' ? onProgress(data.fraction) : listener(data));
  const answer = (request: ImportWorkerRequest) =>
    new Promise<ImportWorkerMessage>((resolve) => {
      listener = resolve;
      worker.onerror = (event) => resolve({ type: 'failed', errors: [event.message || 'import worker failed'] });
      worker.postMessage(request);
    });

  const checked = await answer({ type: 'check', file, locale, now });
  if (checked.type !== 'checked') {
    worker.terminate();
    return { ok: false, errors: checked.type === 'failed' ? checked.errors : ['import worker: unexpected answer'] };
  }
  return {
    ok: true,
    checked: {
      conflicts: checked.conflicts,
      assessmentConflicts: checked.assessmentConflicts,
      write: async ({ notes, assessments }, progress) => {
        worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => (data.type === 'progress' ? progress(data.fraction) : listener(data));
        const written = await answer({ type: 'write', now: Date.now(), choices: notes, assessmentChoices: assessments });
        worker.terminate();
        if (written.type !== 'written') throw new Error(written.type === 'failed' ? written.errors.join(' ') : 'import worker: unexpected answer');
        return written.counts;
      },
      cancel: () => worker.terminate(),
    },
  };
}
