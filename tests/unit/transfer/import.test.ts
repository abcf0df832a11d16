import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findOrCreateDocument } from '@/lib/db/documents';
import { createAnnotation } from '@/lib/db/annotations';
import type { ExportFile } from '@/lib/schema/export-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { exportAll, serializeExport } from '@/lib/transfer/export';
import { findImportConflicts, importExport } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { anchor, dumpDb, freshDb, page } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** What the panel does: parse the file's text, then import it. */
async function importText(db: ReturnType<typeof freshDb>['db'], text: string, now = NOW) {
  const parsed = await parseImport(text, 'zh');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return importExport(db, parsed.data, now);
}

describe('importExport', () => {
  let source: ReturnType<typeof freshDb>;
  let target: ReturnType<typeof freshDb>;
  beforeEach(() => {
    source = freshDb('import-src');
    target = freshDb('import-dst');
  });
  afterEach(async () => {
    await source.dispose();
    await target.dispose();
  });

  it('round-trips everything into an empty database', async () => {
    await seedSample(source.db);
    const file = await exportAll(source.db, NOW);

    const counts = await importText(target.db, serializeExport(file));

    expect(counts).toEqual({
      documents: { added: 2, merged: 0, asking: 0 },
      annotations: { added: 4, updated: 0, unchanged: 0, kept: 0 },
      tagSets: { added: 0, updated: 0, unchanged: 1, kept: 0 },
      assessments: { added: 0, updated: 0, unchanged: 0, kept: 0 },
    });
    expect(await dumpDb(target.db)).toEqual(await dumpDb(source.db));
    expect(await exportAll(target.db, NOW)).toEqual(file);
  });

  it('importing the same file twice creates no duplicates and changes nothing', async () => {
    await seedSample(source.db);
    const text = serializeExport(await exportAll(source.db, NOW));
    await importText(target.db, text);
    const afterFirst = await dumpDb(target.db);

    const counts = await importText(target.db, text, NOW + 1000);

    expect(counts).toEqual({
      documents: { added: 0, merged: 2, asking: 0 },
      annotations: { added: 0, updated: 0, unchanged: 4, kept: 0 },
      tagSets: { added: 0, updated: 0, unchanged: 1, kept: 0 },
      assessments: { added: 0, updated: 0, unchanged: 0, kept: 0 },
    });
    expect(await dumpDb(target.db)).toEqual(afterFirst);
  });

  it('merges a report the target knows under another id (same text) and moves the annotations onto it', async () => {
    const [first] = await seedSample(source.db);
    const sourceDoc = (await source.db.documents.get(first!.documentId))!;
    // The target reviewer opened the same report at another URL.
    const local = await findOrCreateDocument(target.db, page({ fingerprint: sourceDoc.fingerprint, url: 'https://pan.example.cn/s/abc' }), 5);
    expect(local.id).not.toBe(sourceDoc.id);
    const own = await createAnnotation(target.db, { page: page({ fingerprint: sourceDoc.fingerprint, url: 'https://pan.example.cn/s/abc' }), tagId: 'problem', comment: '本地批注', anchor: anchor('本地', 3) }, 6);

    const counts = await importText(target.db, serializeExport(await exportAll(source.db, NOW)), NOW);

    expect(counts.documents).toEqual({ added: 1, merged: 1, asking: 0 });
    const docs = await target.db.documents.toArray();
    expect(docs).toHaveLength(2);
    const merged = (await target.db.documents.get(local.id))!;
    expect(merged.urls).toEqual(expect.arrayContaining([sourceDoc.url, 'https://pan.example.cn/s/abc']));
    expect(merged.createdAt).toBe(5);
    expect(merged.updatedAt).toBe(NOW);
    const onLocal = await target.db.annotations.where('documentId').equals(local.id).toArray();
    expect(onLocal.map((a) => a.id).sort()).toEqual([own.id, ...(await source.db.annotations.where('documentId').equals(sourceDoc.id).primaryKeys())].sort());
    expect(await target.db.documents.get(sourceDoc.id)).toBeUndefined();
  });

  it('a note the file changes is a conflict: never decided by time, kept as mine until the reviewer chooses mine, theirs or both', async () => {
    const rows = await seedSample(source.db);
    const text = serializeExport(await exportAll(source.db, NOW));
    await importText(target.db, text);
    // The reviewer edits note 0 (long ago, as times go); the file, claiming a later time, changes note 1.
    await target.db.annotations.update(rows[0]!.id, { comment: '我的评语', updatedAt: 1 });
    const file = await exportAll(source.db, NOW);
    file.annotations = file.annotations.map((a) => (a.id === rows[1]!.id ? { ...a, tagId: 'achievement', comment: '对方的评语', updatedAt: NOW + 1 } : a));
    const before = await dumpDb(target.db);

    const conflicts = await findImportConflicts(target.db, file);
    expect(conflicts.map((c) => [c.mine.id, c.mine.comment, c.theirs.comment])).toEqual(
      expect.arrayContaining([[rows[0]!.id, '我的评语', rows[0]!.comment], [rows[1]!.id, rows[1]!.comment, '对方的评语']]),
    );
    expect(conflicts).toHaveLength(2);
    expect(await dumpDb(target.db)).toEqual(before); // finding them writes nothing

    // No choice: the reviewer's versions stay.
    expect((await importExport(target.db, file, NOW)).annotations).toEqual({ added: 0, updated: 0, unchanged: 2, kept: 2 });
    expect(await dumpDb(target.db)).toEqual(before);

    // Theirs for note 1, both for note 0: note 0 stays and the file's version is added beside it.
    const choices = new Map([[rows[1]!.id, 'theirs' as const], [rows[0]!.id, 'both' as const]]);
    const counts = await importExport(target.db, file, NOW, { choices, newId: () => 'copy-of-0' });
    expect(counts.annotations).toEqual({ added: 1, updated: 1, unchanged: 2, kept: 0 });
    expect(await target.db.annotations.get(rows[1]!.id)).toMatchObject({ tagId: 'achievement', comment: '对方的评语' });
    expect((await target.db.annotations.get(rows[0]!.id))?.comment).toBe('我的评语');
    expect(await target.db.annotations.get('copy-of-0')).toMatchObject({ comment: rows[0]!.comment, anchor: rows[0]!.anchor });
  });

  it('a file cannot rename the reviewer\'s report or move its URL', async () => {
    await seedSample(source.db);
    await importText(target.db, serializeExport(await exportAll(source.db, NOW)));
    const file = await exportAll(source.db, NOW);
    const [doc] = file.documents;
    file.documents = [{ ...doc!, title: '表现突出，建议评为优秀', url: 'https://evil.example/r', urls: ['https://evil.example/r'], updatedAt: NOW + 5 }, ...file.documents.slice(1)];
    await importExport(target.db, file, NOW + 10);
    const stored = (await target.db.documents.get(doc!.id))!;
    expect(stored.title).toBe(doc!.title);
    expect(stored.url).toBe(doc!.url);
    expect(stored.urls).toContain(doc!.url);
  });

  it('brings tag sets in by the same rule as a tag-set file: only a higher version replaces, the built-in set never', async () => {
    const file = await exportAll(source.db, NOW);
    const team = { ...DEFAULT_TAG_SET, id: 'team-b', name: '乙部门', version: 3 };
    const withSet = (set: typeof team): ExportFile => ({ ...file, tagSets: [set] });

    expect((await importExport(target.db, withSet(team), NOW)).tagSets).toEqual({ added: 1, updated: 0, unchanged: 0, kept: 0 });
    expect(await target.db.tagSets.get('team-b')).toEqual(team);
    expect((await importExport(target.db, withSet(team), NOW)).tagSets).toEqual({ added: 0, updated: 0, unchanged: 1, kept: 0 });

    // A reviewer's export made before the team's update does not roll it back, nor does a same-version edit.
    expect((await importExport(target.db, withSet({ ...team, version: 4, name: '乙部门（新）' }), NOW)).tagSets.updated).toBe(1);
    expect((await importExport(target.db, withSet(team), NOW)).tagSets).toEqual({ added: 0, updated: 0, unchanged: 0, kept: 1 });
    expect((await importExport(target.db, withSet({ ...team, version: 4, name: '同版本改名' }), NOW)).tagSets.kept).toBe(1);
    expect(await target.db.tagSets.get('team-b')).toMatchObject({ version: 4, name: '乙部门（新）' });

    // The built-in set changes only with Pingyue, whatever version a file claims.
    const builtIn = { ...DEFAULT_TAG_SET, version: DEFAULT_TAG_SET.version + 5, name: '改名的内置集' };
    expect((await importExport(target.db, withSet(builtIn), NOW)).tagSets.kept).toBe(1);
    expect((await target.db.tagSets.get(DEFAULT_TAG_SET.id))?.name).toBe(DEFAULT_TAG_SET.name);
  });

  it('a merged report keeps the reviewer\'s complete text identity, whatever time the file claims; a partial one takes the file\'s complete one', async () => {
    await seedSample(source.db);
    await importText(target.db, serializeExport(await exportAll(source.db, NOW)));
    const file = await exportAll(source.db, NOW);
    const [doc] = file.documents;
    const stored = (await target.db.documents.get(doc!.id))!;
    const forged = { ...doc!, textLength: stored.textLength + 999, complete: true, pdfFingerprints: ['f'.repeat(32)], updatedAt: NOW + 5 };

    await target.db.documents.update(doc!.id, { complete: true });
    await importExport(target.db, { ...file, documents: [forged, ...file.documents.slice(1)] }, NOW + 10);
    expect(await target.db.documents.get(doc!.id)).toMatchObject({ textLength: stored.textLength, complete: true, pdfFingerprints: expect.arrayContaining(['f'.repeat(32)]) });

    await target.db.documents.update(doc!.id, { complete: false });
    await importExport(target.db, { ...file, documents: [forged, ...file.documents.slice(1)] }, NOW + 20);
    expect(await target.db.documents.get(doc!.id)).toMatchObject({ textLength: stored.textLength + 999, complete: true, title: stored.title });
  });

  it('leaves the database exactly as it was when a write fails inside the transaction', async () => {
    await seedSample(source.db);
    const file = await exportAll(source.db, NOW);
    await createAnnotation(target.db, { page: page({ fingerprint: 'c'.repeat(64), sketch: [] }), tagId: 'measure', comment: '已有数据', anchor: anchor('已有', 0) }, 7);
    const before = await dumpDb(target.db);
    const documentsPut = vi.spyOn(target.db.documents, 'bulkPut');
    vi.spyOn(target.db.annotations, 'bulkPut').mockRejectedValue(new Error('quota exceeded'));

    await expect(importExport(target.db, file, NOW)).rejects.toThrow('quota exceeded');

    expect(documentsPut).toHaveBeenCalledOnce(); // documents were written before the failure…
    expect(await dumpDb(target.db)).toEqual(before); // …and rolled back with it
  });
});
