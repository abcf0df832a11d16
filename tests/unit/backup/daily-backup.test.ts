import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, deleteAnnotations, type PingyueDB } from '@/lib/db';
import {
  BACKUP_ALARM,
  ensureBackupAlarm,
  KEEP_BACKUPS,
  listBackups,
  previewRestore,
  readBackupContent,
  restoreBackup,
  runDailyBackup,
} from '@/lib/backup';
import { parseImport } from '@/lib/transfer';
import { anchor, dumpDb, freshDb, page } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date(2025, 0, 10, 9, 0).getTime(); // local time: keys are the reviewer's dates
const storage = () => fakeBrowser.storage.local;

let db: PingyueDB;
let dispose: () => Promise<void>;
beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, dispose } = freshDb('backup'));
  await seedSample(db);
});
afterEach(() => dispose());

describe('daily backup', () => {
  it('keeps a full export under backup:<date> that parses as an import file', async () => {
    const outcome = await runDailyBackup(db, storage(), T0);
    expect(outcome).toMatchObject({ written: { key: 'backup:2025-01-10', date: '2025-01-10', counts: { documents: 2, annotations: 4, tagSets: 1 } } });
    const content = (await readBackupContent(storage(), 'backup:2025-01-10'))!;
    expect(new TextEncoder().encode(content).length).toBe((outcome as { written: { bytes: number } }).written.bytes);
    const parsed = await parseImport(content, 'zh');
    expect(parsed.ok && parsed.data.annotations).toHaveLength(4);
  });

  it('skips when nothing changed since the newest backup, writes again when something did', async () => {
    await runDailyBackup(db, storage(), T0);
    expect(await runDailyBackup(db, storage(), T0 + DAY)).toEqual({ skipped: 'unchanged' });
    await createAnnotation(db, { page: page(), tagId: 'measure', comment: '', anchor: anchor('力争', 3) }, T0 + DAY);
    expect(await runDailyBackup(db, storage(), T0 + 2 * DAY)).toHaveProperty('written');
    expect((await listBackups(storage())).map((b) => b.date)).toEqual(['2025-01-12', '2025-01-10']);
  });

  it('a second change the same day replaces that day’s backup', async () => {
    await runDailyBackup(db, storage(), T0);
    await deleteAnnotations(db, [(await db.annotations.toCollection().first())!.id]);
    await runDailyBackup(db, storage(), T0 + 60_000);
    const list = await listBackups(storage());
    expect(list).toHaveLength(1);
    expect(list[0]!.counts.annotations).toBe(3);
  });

  it(`keeps the newest ${KEEP_BACKUPS}, and ignores foreign or broken keys`, async () => {
    await storage().set({ 'backup:garbage': { nope: true }, 'frames:1': [] });
    for (let day = 0; day < KEEP_BACKUPS + 3; day++) {
      await createAnnotation(db, { page: page(), tagId: 'problem', comment: `第${day}天`, anchor: anchor('力争', day) }, T0 + day * DAY);
      await runDailyBackup(db, storage(), T0 + day * DAY);
    }
    const list = await listBackups(storage());
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect(list[0]!.date).toBe('2025-01-19');
    expect(list.at(-1)!.date).toBe('2025-01-13');
    expect(Object.keys(await storage().get(null)).filter((k) => k.startsWith('backup:2025'))).toHaveLength(KEEP_BACKUPS);
    expect(await storage().get('frames:1')).toEqual({ 'frames:1': [] });
  });

  it('restores through the validated import: lost notes come back, nothing is duplicated', async () => {
    await runDailyBackup(db, storage(), T0);
    const before = await dumpDb(db);
    await deleteAnnotations(db, (await db.annotations.toArray()).map((a) => a.id));
    const result = await restoreBackup(db, storage(), 'backup:2025-01-10', 'zh', T0 + DAY);
    expect(result).toMatchObject({ ok: true, changes: { added: 4, changed: 0, removed: 0 } });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('puts back the backup’s state after saying what changes, and keeps the state before as a backup to undo it', async () => {
    const [first] = (await db.annotations.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    await runDailyBackup(db, storage(), T0);
    const atBackup = await dumpDb(db);
    // Since the backup: one note rewritten (with a time far in the future), one made.
    await db.annotations.update(first!.id, { tagId: 'achievement', comment: '表现突出，建议评为优秀', updatedAt: Date.UTC(2100, 0, 1) });
    await createAnnotation(db, { page: page(), tagId: 'measure', comment: '新的', anchor: anchor('新的', 900) }, T0 + DAY);
    const edited = await dumpDb(db);

    const preview = await previewRestore(db, storage(), 'backup:2025-01-10', 'zh');
    expect(preview).toEqual({ ok: true, changes: { added: 0, changed: 1, removed: 1, assessments: 0 } });
    expect(await dumpDb(db)).toEqual(edited); // a preview writes nothing

    const result = await restoreBackup(db, storage(), 'backup:2025-01-10', 'zh', T0 + 2 * DAY);
    expect(result).toMatchObject({ ok: true, changes: { added: 0, changed: 1, removed: 1 } });
    expect(await dumpDb(db)).toEqual(atBackup);

    // The state the restore replaced is a backup of its own: restoring it undoes the restore.
    const undoKey = (result as { undoKey: string }).undoKey;
    expect((await listBackups(storage())).find((b) => b.key === undoKey)).toMatchObject({ reason: 'before-restore', counts: { annotations: 5 } });
    await restoreBackup(db, storage(), undoKey, 'zh', T0 + 3 * DAY);
    expect((await db.annotations.toArray()).map((a) => a.comment).sort()).toEqual((edited.annotations as { comment: string }[]).map((a) => a.comment).sort());
  });

  it('a restore that fails leaves the database as it was', async () => {
    await runDailyBackup(db, storage(), T0);
    await createAnnotation(db, { page: page(), tagId: 'measure', comment: '新的', anchor: anchor('新的', 900) }, T0 + DAY);
    const before = await dumpDb(db);
    vi.spyOn(db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(restoreBackup(db, storage(), 'backup:2025-01-10', 'zh', T0 + DAY)).rejects.toThrow('quota exceeded');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a tampered or missing backup with a message, writing nothing', async () => {
    await runDailyBackup(db, storage(), T0);
    const stored = (await storage().get('backup:2025-01-10'))['backup:2025-01-10'] as { content: string };
    await storage().set({ 'backup:2025-01-10': { ...stored, content: stored.content.replace('"problem"', '42') } });
    await deleteAnnotations(db, (await db.annotations.toArray()).map((a) => a.id));
    const before = await dumpDb(db);
    const tampered = await restoreBackup(db, storage(), 'backup:2025-01-10', 'en', T0);
    expect(tampered.ok).toBe(false);
    expect(await restoreBackup(db, storage(), 'backup:1999-01-01', 'zh', T0)).toEqual({ ok: false, errors: ['找不到这份备份。'] });
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('backup alarm', () => {
  it('creates the daily alarm once and leaves an existing one alone', async () => {
    const alarms = { get: vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce({ name: BACKUP_ALARM }), create: vi.fn() };
    await ensureBackupAlarm(alarms);
    await ensureBackupAlarm(alarms);
    expect(alarms.create).toHaveBeenCalledTimes(1);
    expect(alarms.create).toHaveBeenCalledWith(BACKUP_ALARM, expect.objectContaining({ periodInMinutes: 1440 }));
  });
});
