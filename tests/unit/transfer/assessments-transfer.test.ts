import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findOrCreateDocument, updateAssessment, type PingyueDB } from '@/lib/db';
import { exportAll, exportDocument, serializeExport } from '@/lib/transfer/export';
import { findAssessmentConflicts, importExport } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { listBackups, previewRestore, restoreBackup, runDailyBackup } from '@/lib/backup';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { dumpDb, freshDb, page } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const TAG_SET = DEFAULT_TAG_SET.id;

/** The reviewer rates a report, rewrites its 存在问题 section and fills in the names. */
async function assess(db: PingyueDB, documentId: string, rating: string, problems: string, at = NOW) {
  await updateAssessment(db, documentId, TAG_SET, { rating, section: { id: 'problems', text: problems }, people: { speaker: '张三', reviewer: '李评', date: '2025-01-02' } }, at);
}

async function parsed(text: string, now = NOW) {
  const result = await parseImport(text, 'zh', now);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

describe('assessments in export files', () => {
  let source: ReturnType<typeof freshDb>;
  let target: ReturnType<typeof freshDb>;
  let zhang: string;
  let li: string;
  beforeEach(async () => {
    source = freshDb('assess-src');
    target = freshDb('assess-dst');
    const rows = await seedSample(source.db);
    [zhang, li] = [rows[0]!.documentId, rows[3]!.documentId];
    await assess(source.db, zhang, '较好', '创新意识不强，缺少实例。');
    await assess(source.db, li, '一般', '缺少时间节点。');
  });
  afterEach(async () => {
    await source.dispose();
    await target.dispose();
  });

  it('exports ratings, edited sections and names (version 2), per report and all, and imports them into an empty database', async () => {
    const one = await exportDocument(source.db, zhang, NOW);
    expect(one.version).toBe(2);
    expect(one.assessments).toEqual([await source.db.assessments.get(zhang)]);
    expect(one.assessments[0]).toMatchObject({ rating: '较好', editedSections: { problems: '创新意识不强，缺少实例。' }, speaker: '张三', reviewer: '李评', date: '2025-01-02' });

    const all = serializeExport(await exportAll(source.db, NOW));
    const counts = await importExport(target.db, await parsed(all), NOW);
    expect(counts.assessments).toEqual({ added: 2, updated: 0, unchanged: 0, kept: 0 });
    expect((await dumpDb(target.db)).assessments).toEqual((await dumpDb(source.db)).assessments);
    // Importing it again changes nothing.
    expect((await importExport(target.db, await parsed(all), NOW + 1)).assessments).toEqual({ added: 0, updated: 0, unchanged: 2, kept: 0 });
  });

  it('never silently replaces the reviewer’s own assessment: a different one is kept as theirs unless they choose the file’s', async () => {
    const file = await parsed(serializeExport(await exportAll(source.db, NOW)));
    await importExport(target.db, file, NOW);
    await assess(target.db, zhang, '好', '我自己改过的意见。', NOW + 10);
    const mine = await target.db.assessments.get(zhang);

    expect(await findAssessmentConflicts(target.db, file)).toEqual([{ mine, theirs: file.assessments.find((a) => a.documentId === zhang), title: (await target.db.documents.get(zhang))!.title }]);
    const kept = await importExport(target.db, file, NOW + 20);
    expect(kept.assessments).toEqual({ added: 0, updated: 0, unchanged: 1, kept: 1 });
    expect(await target.db.assessments.get(zhang)).toEqual(mine);

    const chosen = await importExport(target.db, file, NOW + 30, { assessmentChoices: new Map([[zhang, 'theirs']]) });
    expect(chosen.assessments).toEqual({ added: 0, updated: 1, unchanged: 1, kept: 0 });
    expect(await target.db.assessments.get(zhang)).toMatchObject({ rating: '较好', editedSections: { problems: '创新意识不强，缺少实例。' } });
  });

  it('moves an assessment onto the reviewer’s own record of the same report (matched by text)', async () => {
    const fingerprint = (await source.db.documents.get(zhang))!.fingerprint;
    const local = await findOrCreateDocument(target.db, page({ fingerprint, url: 'https://pan.example.cn/s/abc' }), 5);
    await importExport(target.db, await parsed(serializeExport(await exportDocument(source.db, zhang, NOW))), NOW);
    expect(await target.db.assessments.get(local.id)).toMatchObject({ documentId: local.id, rating: '较好' });
    expect(await target.db.assessments.get(zhang)).toBeUndefined();
  });

  it('refuses a file whose assessment claims the future, naming it, and writes nothing', async () => {
    const file = JSON.parse(serializeExport(await exportAll(source.db, NOW)));
    file.assessments[1].updatedAt = Date.UTC(2100, 0, 1);
    const before = await dumpDb(target.db);
    const result = await parseImport(JSON.stringify(file), 'zh', NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain('第 2 份评议意见（assessments[1].updatedAt）');
    expect(await dumpDb(target.db)).toEqual(before);
  });

  it('still imports version-1 files (no assessments), and refuses assessments in a version-1 file or for a report it lacks', async () => {
    const file = JSON.parse(serializeExport(await exportAll(source.db, NOW)));
    const v1 = { ...file, version: 1 };
    delete v1.assessments;
    const counts = await importExport(target.db, await parsed(JSON.stringify(v1)), NOW);
    expect(counts.annotations.added).toBe(4);
    expect(counts.assessments).toEqual({ added: 0, updated: 0, unchanged: 0, kept: 0 });

    const mixed = await parseImport(JSON.stringify({ ...file, version: 1 }), 'en', NOW);
    expect(!mixed.ok && mixed.errors.join('\n')).toContain('assessments need export version 2');
    file.assessments[0].documentId = 'nowhere';
    const dangling = await parseImport(JSON.stringify(file), 'en', NOW);
    expect(!dangling.ok && dangling.errors.join('\n')).toContain('documentId "nowhere" does not match any document in this file');
  });
});

describe('assessments in the daily backup', () => {
  let env: ReturnType<typeof freshDb>;
  let zhang: string;
  const storage = () => fakeBrowser.storage.local;
  beforeEach(async () => {
    fakeBrowser.reset();
    env = freshDb('assess-backup');
    zhang = (await seedSample(env.db))[0]!.documentId;
    await assess(env.db, zhang, '较好', '创新意识不强，缺少实例。');
  });
  afterEach(() => env.dispose());

  it('backs up assessments, backs up again when only an assessment changed, and a restore puts them back', async () => {
    const first = await runDailyBackup(env.db, storage(), NOW);
    expect(first).toMatchObject({ written: { counts: { assessments: 1 } } });
    const key = (first as { written: { key: string } }).written.key;
    const backedUp = await dumpDb(env.db);

    await assess(env.db, zhang, '差', '被改坏的意见。', NOW + 1000);
    const second = await runDailyBackup(env.db, storage(), NOW + 2 * 86_400_000);
    expect(second).toHaveProperty('written');

    const preview = await previewRestore(env.db, storage(), key, 'zh');
    expect(preview).toEqual({ ok: true, changes: { added: 0, changed: 0, removed: 0, assessments: 1 } });
    const restored = await restoreBackup(env.db, storage(), key, 'zh', NOW + 3 * 86_400_000);
    expect(restored).toMatchObject({ ok: true, changes: { assessments: 1 } });
    expect((await dumpDb(env.db)).assessments).toEqual(backedUp.assessments);
    // The state before the restore (with the later assessment) is a backup of its own.
    expect((await listBackups(storage())).find((b) => b.reason === 'before-restore')).toMatchObject({ counts: { assessments: 1 } });
  });

  it('a backup kept before assessments were backed up leaves the reviewer’s assessments alone', async () => {
    const file = JSON.parse(serializeExport(await exportAll(env.db, NOW)));
    delete file.assessments;
    file.version = 1;
    const content = JSON.stringify(file);
    await storage().set({
      'backup:2025-01-01': { date: '2025-01-01', createdAt: NOW, hash: '0'.repeat(64), bytes: content.length, counts: { documents: 2, annotations: 4, tagSets: 1 }, content },
    });
    const before = (await dumpDb(env.db)).assessments;
    expect(await restoreBackup(env.db, storage(), 'backup:2025-01-01', 'zh', NOW + 1)).toMatchObject({ ok: true, changes: { assessments: 0 } });
    expect((await dumpDb(env.db)).assessments).toEqual(before);
  });
});
