import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { Annotation, DocumentRecord, scheme1Identity } from '@/lib/schema';
import { PingyueDB } from '@/lib/db/pingyue-db';
import { createV1Database, V1_ANNOTATIONS, V1_DOCUMENT } from '../../fixtures/db/v1-database';
import { uniqueDbName } from '../../fixtures/db/helpers';

describe('PingyueDB upgrade from version 1', () => {
  let name: string;
  let db: PingyueDB | undefined;

  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('fills anchorStatus and urls, keeps timestamps, and adds the v2 indexes', async () => {
    name = uniqueDbName('upgrade');
    await createV1Database(name);

    db = new PingyueDB(name);
    const annotations = await db.annotations.toArray();
    const document = await db.documents.get(V1_DOCUMENT.id);

    expect(db.verno).toBe(6);
    expect(annotations).toEqual(V1_ANNOTATIONS.map((a) => ({ ...a, anchorStatus: 'unknown' })));
    expect(document).toEqual({ ...V1_DOCUMENT, urls: [V1_DOCUMENT.url], ...scheme1Identity(), origins: ['https://oa.example.cn'] });
    // The upgraded rows satisfy the current contract.
    for (const a of annotations) expect(Annotation.safeParse(a).success).toBe(true);
    expect(DocumentRecord.safeParse(document).success).toBe(true);

    // Indexes that only exist from version 2 on answer queries over the upgraded rows.
    expect(
      (await db.annotations.where('[documentId+tagId]').equals(['doc-v1', 'problem']).toArray()).map((a) => a.id),
    ).toEqual(['ann-v1-2']);
    expect(await db.documents.where('urls').equals(V1_DOCUMENT.url).primaryKeys()).toEqual(['doc-v1']);
    expect(await db.documents.where('textLength').between(1000, 1500).primaryKeys()).toEqual(['doc-v1']);
  });

  it('does not run populate on an upgraded database (its tag sets are the user’s)', async () => {
    name = uniqueDbName('upgrade-populate');
    await createV1Database(name);
    db = new PingyueDB(name);
    expect(await db.tagSets.count()).toBe(0);
  });
});
