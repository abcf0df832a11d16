import type { Locale } from '@/lib/i18n/locale';
import type { ExportFile } from '@/lib/schema/export-file';
import { MAX_IMPORT_BYTES, parseImport, type ParseImportResult } from '@/lib/transfer';
import type { ImportWorkerMessage, ImportWorkerRequest } from '@/lib/transfer/import-worker-protocol';

/** Where an import stands, from 0 to 1, for the progress bar. */
export type ReportProgress = (fraction: number) => void;

/**
 * `parseImport` in a worker (./import-worker.ts): the panel's thread only receives the validated file,
 * a slice at a time, and stays responsive however large the file (up to the 50 MB limit, which the
 * worker checks before reading). Reading and checking count as the first half of the import.
 */
export function readImportFile(file: File, locale: Locale, now: number, onProgress: ReportProgress): Promise<ParseImportResult> {
  // Too large: refused from its size alone, without reading it, and without starting a worker.
  if (file.size > MAX_IMPORT_BYTES) return parseImport(file, locale, now);
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ParseImportResult>((resolve) => {
    let head: Omit<ExportFile, 'annotations'> | null = null;
    let expected = 0;
    const annotations: ExportFile['annotations'] = [];
    const finish = (result: ParseImportResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = ({ data: message }: MessageEvent<ImportWorkerMessage>) => {
      switch (message.type) {
        case 'progress':
          return onProgress(message.phase === 'reading' ? 0.05 : 0.25);
        case 'failed':
          return finish({ ok: false, errors: message.errors });
        case 'file':
          head = message.file;
          expected = message.annotationCount;
          return onProgress(0.4);
        case 'annotations':
          annotations.push(...message.rows);
          return onProgress(0.4 + 0.1 * (annotations.length / Math.max(expected, 1)));
        case 'done':
          return finish(head ? { ok: true, data: { ...head, annotations } } : { ok: false, errors: ['import worker: no file'] });
      }
    };
    worker.onerror = (event) => finish({ ok: false, errors: [event.message || 'import worker failed'] });
    worker.postMessage({ file, locale, now } satisfies ImportWorkerRequest);
  });
}
