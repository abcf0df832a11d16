import { FILE_TEXT } from '@/lib/i18n/file-text';
import type { Locale } from '@/lib/i18n/locale';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import type { ExportFile } from '@/lib/schema/export-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { MAX_TIMESTAMP } from '@/lib/schema/timestamp';
import { parseImport } from '@/lib/transfer/parse-import';
import { sameNote } from '@/lib/transfer/same-note';
import { backupBeforeRestore, readBackupContent, type BackupStorage } from './daily-backup';

/** What a restore does to the notes: the reviewer sees this before anything changes. */
export interface RestoreChanges {
  /** In the backup, not in the database now: they come back. */
  added: number;
  /** In both, in another version: they go back to the backup's. */
  changed: number;
  /** In the database now, not in the backup: they go (and stay in the before-restore backup). */
  removed: number;
}

export type RestorePreview = { ok: true; changes: RestoreChanges } | { ok: false; errors: string[] };
export type RestoreResult = { ok: true; changes: RestoreChanges; undoKey: string } | { ok: false; errors: string[] };

/** Reads, validates and compares a kept backup with the database; writes nothing. */
export async function previewRestore(db: PingyueDB, storage: BackupStorage, key: string, locale: Locale): Promise<RestorePreview> {
  const backup = await readBackup(storage, key, locale);
  if (!backup.ok) return backup;
  return { ok: true, changes: await db.transaction('r', db.annotations, () => changesFrom(db, backup.data)) };
}

/**
 * Puts back a kept backup's state: its notes exactly (notes made since are removed, notes edited
 * since go back to the backup's version), its reports and its tag sets (the built-in set changes
 * only with Pingyue; sets made since are kept, so no note loses its tag). First the current state is
 * saved as a backup of its own (`backupBeforeRestore`), so the restore can be undone; then everything
 * is written in one transaction: a failure leaves the database as it was. Assessments are not in
 * backups and stay as they are.
 */
export async function restoreBackup(db: PingyueDB, storage: BackupStorage, key: string, locale: Locale, now: number): Promise<RestoreResult> {
  const backup = await readBackup(storage, key, locale);
  if (!backup.ok) return backup;
  const undo = await backupBeforeRestore(db, storage, now);
  const { documents, annotations, tagSets } = backup.data;
  const changes = await db.transaction('rw', [db.documents, db.annotations, db.tagSets], async () => {
    const changes = await changesFrom(db, backup.data);
    await db.annotations.clear();
    await db.annotations.bulkPut(annotations);
    await db.documents.bulkPut(documents);
    await db.tagSets.bulkPut(tagSets.filter((set) => set.id !== DEFAULT_TAG_SET.id));
    return changes;
  });
  return { ok: true, changes, undoKey: undo.key };
}

async function readBackup(storage: BackupStorage, key: string, locale: Locale) {
  const content = await readBackupContent(storage, key);
  if (content === undefined) return { ok: false as const, errors: [FILE_TEXT[locale].backupGone] };
  // Times decide nothing in a restore (the backup's state is put back whole), and a backup of a
  // database that holds a forged future time from an older version must still restore.
  return parseImport(content, locale, MAX_TIMESTAMP);
}

async function changesFrom(db: PingyueDB, backup: ExportFile): Promise<RestoreChanges> {
  const current = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
  const changes: RestoreChanges = { added: 0, changed: 0, removed: 0 };
  const inBackup = new Set<string>();
  for (const note of backup.annotations) {
    inBackup.add(note.id);
    const now = current.get(note.id);
    if (!now) changes.added++;
    else if (!sameNote(now, note)) changes.changed++;
  }
  for (const id of current.keys()) if (!inBackup.has(id)) changes.removed++;
  return changes;
}
