import { FILE_TEXT } from '@/lib/i18n/file-text';
import type { Locale } from '@/lib/i18n/locale';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import type { ExportFile } from '@/lib/schema/export-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { MAX_TIMESTAMP } from '@/lib/schema/timestamp';
import { parseImport } from '@/lib/transfer/parse-import';
import { sameNote } from '@/lib/transfer/same-note';
import { sameAssessment } from '@/lib/transfer/same-assessment';
import { withFileOrigins } from '@/lib/transfer/import-export';
import { backupBeforeRestore, readBackupContent, type BackupStorage } from './daily-backup';

/** What a restore does to the notes: the reviewer sees this before anything changes. */
export interface RestoreChanges {
  /** In the backup, not in the database now: they come back. */
  added: number;
  /** In both, in another version: they go back to the backup's. */
  changed: number;
  /** In the database now, not in the backup: they go (and stay in the before-restore backup). */
  removed: number;
  /** Reports whose assessment (评议意见) comes back, goes back to the backup's or goes (0 for backups that hold none). */
  assessments: number;
}

export type RestorePreview = { ok: true; changes: RestoreChanges } | { ok: false; errors: string[] };
export type RestoreResult = { ok: true; changes: RestoreChanges; undoKey: string } | { ok: false; errors: string[] };

/** Reads, validates and compares a kept backup with the database; writes nothing. */
export async function previewRestore(db: PingyueDB, storage: BackupStorage, key: string, locale: Locale): Promise<RestorePreview> {
  const backup = await readBackup(storage, key, locale);
  if (!backup.ok) return backup;
  return { ok: true, changes: await db.transaction('r', [db.annotations, db.assessments], () => changesFrom(db, backup.data)) };
}

/**
 * Puts back a kept backup's state: its notes exactly (notes made since are removed, notes edited
 * since go back to the backup's version), its reports and its tag sets (the built-in set changes
 * only with Pingyue; sets made since are kept, so no note loses its tag). First the current state is
 * saved as a backup of its own (`backupBeforeRestore`), so the restore can be undone; then everything
 * is written in one transaction: a failure leaves the database as it was. Assessments (评议意见) go back
 * to the backup's too; a backup written before they were backed up (export version 1) leaves them as
 * they are. Reports keep the origins the backup names (version 1: those of their URLs, as the database
 * upgrade gives them).
 */
export async function restoreBackup(db: PingyueDB, storage: BackupStorage, key: string, locale: Locale, now: number): Promise<RestoreResult> {
  const backup = await readBackup(storage, key, locale);
  if (!backup.ok) return backup;
  const undo = await backupBeforeRestore(db, storage, now);
  const { documents, annotations, tagSets } = backup.data;
  const changes = await db.transaction('rw', [db.documents, db.annotations, db.tagSets, db.assessments], async () => {
    const changes = await changesFrom(db, backup.data);
    await db.annotations.clear();
    await db.annotations.bulkPut(annotations);
    await db.documents.bulkPut(documents.map((d) => withFileOrigins(d, backup.data.version)));
    await db.tagSets.bulkPut(tagSets.filter((set) => set.id !== DEFAULT_TAG_SET.id));
    if (holdsAssessments(backup.data)) {
      await db.assessments.clear();
      await db.assessments.bulkPut(backup.data.assessments);
    }
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

/** Version 1 files could not hold assessments: restoring one must not remove the reviewer's. */
const holdsAssessments = (file: ExportFile) => file.version >= 2;

async function changesFrom(db: PingyueDB, backup: ExportFile): Promise<RestoreChanges> {
  const current = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
  const changes: RestoreChanges = { added: 0, changed: 0, removed: 0, assessments: holdsAssessments(backup) ? await assessmentChanges(db, backup) : 0 };
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

/** Reports whose assessment differs between the database and the backup (either side may have none). */
async function assessmentChanges(db: PingyueDB, backup: ExportFile): Promise<number> {
  const current = new Map((await db.assessments.toArray()).map((a) => [a.documentId, a]));
  const restored = new Map(backup.assessments.map((a) => [a.documentId, a]));
  let changed = 0;
  for (const id of new Set([...current.keys(), ...restored.keys()])) {
    const now = current.get(id);
    const then = restored.get(id);
    if (!now || !then || !sameAssessment(now, then)) changed++;
  }
  return changed;
}
