/// <reference lib="webworker" />
import { parseImport } from '@/lib/transfer/parse-import';
import { ANNOTATIONS_PER_MESSAGE, type ImportWorkerMessage, type ImportWorkerRequest } from '@/lib/transfer/import-worker-protocol';

/**
 * Reads, parses and validates an import file off the panel's thread (JSON.parse and the schema
 * check of 100,000 annotations take seconds), then hands the result back in slices.
 */
const post = (message: ImportWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const { file, locale, now } = event.data;
  post({ type: 'progress', phase: 'reading' });
  const result = await parseImport(file, locale, now, () => post({ type: 'progress', phase: 'checking' }));
  if (!result.ok) return post({ type: 'failed', errors: result.errors });
  const { annotations, ...rest } = result.data;
  post({ type: 'file', file: rest, annotationCount: annotations.length });
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_MESSAGE) post({ type: 'annotations', rows: annotations.slice(i, i + ANNOTATIONS_PER_MESSAGE) });
  post({ type: 'done' });
};
