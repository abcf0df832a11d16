import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { PingyueDB } from '@/lib/db/pingyue-db';
import { DocumentRecord, scheme1Identity } from '@/lib/schema';
import { uniqueDbName } from '../../fixtures/db/helpers';

/** A version-5 database (before report origins) holding reports seen at several URLs. */
async function createV5Database(name: string, documents: object[]): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(5).stores({
    documents: 'id, fingerprint, url, updatedAt, textLength, *urls, *pdfFingerprints',
    annotations: 'id, documentId, tagId, updatedAt, [documentId+tagId]',
    tagSets: 'id',
    settings: 'key',
    assessments: 'documentId, updatedAt',
  });
  await v5.table('documents').bulkAdd(documents);
  v5.close();
}

const record = (id: string, url: string, urls: string[]) => ({
  id, fingerprint: id.padEnd(64, '0'), sketch: [], textLength: 100, ...scheme1Identity(), title: id, url, urls, createdAt: 1, updatedAt: 2,
});

describe('PingyueDB upgrade from version 5 (reports bound to origins)', () => {
  let name: string;
  afterEach(() => Dexie.delete(name));

  it('gives each stored report the origins of the URLs it was stored at, and leaves updatedAt alone', async () => {
    name = uniqueDbName('upgrade-v5');
    await createV5Database(name, [
      record('aaaa', 'https://oa.example.cn/view?id=2', ['https://oa.example.cn/view?id=1', 'http://10.0.0.8:8080/pdfjs/web/viewer.html?file=a.pdf', 'https://oa.example.cn/view?id=2']),
      record('bbbb', 'chrome-extension://pingyue-id/reader.html?file=report.docx', ['chrome-extension://pingyue-id/reader.html?file=report.docx']),
    ]);
    const db = new PingyueDB(name);
    try {
      const [a, b] = await db.documents.toArray();
      expect(a!.origins).toEqual(['https://oa.example.cn', 'http://10.0.0.8:8080']);
      expect(b!.origins).toEqual(['chrome-extension://pingyue-id']);
      expect(a!.updatedAt).toBe(2);
      for (const doc of [a, b]) expect(DocumentRecord.safeParse(doc).success).toBe(true);
    } finally {
      db.close();
    }
  });
});
