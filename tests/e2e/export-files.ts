/** Hand-made `pingyue/annotations` files for the e2e tests: what a colleague (or an attacker) shares. */

const BASE_TIME = Date.UTC(2025, 0, 6, 9);

export interface FileDocument {
  id: string;
  title: string;
  url: string;
  /** Tells reports apart (64 hex digits are made from it). */
  seed: number;
  updatedAt?: number;
}

export interface FileAnnotation {
  id: string;
  documentId: string;
  tagId: string;
  exact: string;
  comment: string;
  start?: number;
  createdAt?: number;
  updatedAt?: number;
}

export function documentRecord({ id, title, url, seed, updatedAt = BASE_TIME }: FileDocument) {
  return {
    id,
    fingerprint: seed.toString(16).padStart(64, '0'),
    sketch: Array.from({ length: 16 }, (_, i) => i * 31 + seed),
    textLength: 4000,
    title,
    url,
    urls: [url],
    createdAt: BASE_TIME,
    updatedAt,
  };
}

export function annotationRecord({ id, documentId, tagId, exact, comment, start = 0, createdAt = BASE_TIME, updatedAt = BASE_TIME }: FileAnnotation) {
  return {
    id,
    documentId,
    tagId,
    comment,
    anchor: {
      strategy: 'pingyue-text/1',
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    anchorStatus: 'unknown',
    createdAt,
    updatedAt,
  };
}

/** The file's JSON text, as the panel's 导入 JSON reads it. */
export function exportFileText(documents: unknown[], annotations: unknown[]): string {
  const file = {
    format: 'pingyue/annotations',
    version: 1,
    exportedAt: new Date(BASE_TIME).toISOString(),
    generator: { name: 'pingyue', version: '0.1.0' },
    documents,
    annotations,
    tagSets: [],
  };
  return JSON.stringify(file, null, 2);
}
