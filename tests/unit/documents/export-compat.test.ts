import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll } from '@/lib/transfer/export';
import { importExport } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { findOrCreateDocument } from '@/lib/db/documents';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { scheme1Identity } from '@/lib/schema';
import { freshDb } from '../../fixtures/db/helpers';
import { pagesOf, renderedPages, templateReport } from '../../fixtures/documents/paged-report';

const PAGES = pagesOf(templateReport(21, 8_000), 1000);
const view = async (numbers: number[], complete: boolean) =>
  pageIdentity(await identifyText(renderedPages(PAGES, numbers)), { url: 'https://oa.example.cn/v?id=21', title: '述职报告', complete });

/** A file as Pingyue wrote it before identity scheme 2: documents without scheme, winnow, complete, pdfFingerprints. */
const OLD_FILE = JSON.stringify({
  format: 'pingyue/annotations',
  version: 1,
  exportedAt: '2025-01-02T03:04:05.000Z',
  generator: { name: 'pingyue', version: '0.1.0' },
  documents: [{ id: 'old-doc', fingerprint: 'c'.repeat(64), sketch: [1, 2, 3], textLength: 500, title: '旧报告', url: 'https://oa.example.cn/v?id=1', urls: ['https://oa.example.cn/v?id=1'], createdAt: 1, updatedAt: 2 }],
  annotations: [],
  tagSets: [],
});

describe('export files and identity scheme 2', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('export-compat');
  });
  afterEach(() => env.dispose());

  it('imports a file written before scheme 2 as scheme-1 reports', async () => {
    const parsed = await parseImport(OLD_FILE, 'en');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await importExport(env.db, parsed.data, 10);
    expect(await env.db.documents.get('old-doc')).toMatchObject({ title: '旧报告', ...scheme1Identity() });
  });

  it('exports and re-imports the winnow of a report', async () => {
    const doc = await findOrCreateDocument(env.db, await view([1, 2], false), 5);
    const file = JSON.parse(JSON.stringify(await exportAll(env.db, 10)));
    const other = freshDb('export-compat-2');
    try {
      const parsed = await parseImport(JSON.stringify(file), 'en');
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      await importExport(other.db, parsed.data, 20);
      expect(await other.db.documents.get(doc.id)).toEqual(doc);
    } finally {
      await other.dispose();
    }
  });

  it('does not let a newer copy read from some pages replace a stored identity of the whole report', async () => {
    const stored = await findOrCreateDocument(env.db, await view(PAGES.map((_, i) => i + 1), true), 5);
    const partial = await view([3], false);
    const file = {
      ...JSON.parse(OLD_FILE),
      documents: [{ ...stored, id: 'theirs', fingerprint: stored.fingerprint, winnow: partial.winnow, complete: false, scheme: 2, pdfFingerprints: [], updatedAt: 50 }],
    };
    const parsed = await parseImport(JSON.stringify(file), 'en');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await importExport(env.db, parsed.data, 60);
    expect(await env.db.documents.get(stored.id)).toMatchObject({ complete: true, winnow: stored.winnow, fingerprint: stored.fingerprint });
  });
});
