import { z } from 'zod/mini';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { exportAll, serializeExport } from '@/lib/transfer/export';
import type { ExportFile } from '@/lib/schema/export-file';
import { localDate } from '@/lib/shared/local-time';
import { sha256Hex } from '@/lib/shared/sha256-hex';

/** The slice of `browser.storage.local` backups need (a test seam). */
export interface BackupStorage {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const BACKUP_KEY_PREFIX = 'backup:';
/** A week of daily backups: enough to undo a bad import noticed late, small enough to never matter. */
export const KEEP_BACKUPS = 7;

const Counts = z.strictObject({
  documents: z.int().check(z.nonnegative()),
  annotations: z.int().check(z.nonnegative()),
  tagSets: z.int().check(z.nonnegative()),
  /** Absent from backups kept before assessments were backed up. */
  assessments: z._default(z.int().check(z.nonnegative()), 0),
});

/** One backup as kept under `backup:<YYYY-MM-DD>`: the export file's text plus what lists it. */
const StoredBackup = z.strictObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  createdAt: z.int().check(z.nonnegative()),
  /** SHA-256 of the exported data (not of `exportedAt`), to skip days when nothing changed. */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.int().check(z.nonnegative()),
  counts: Counts,
  /** `before-restore`: the state a restore replaced, kept so the restore can be undone. Absent: daily. */
  reason: z.optional(z.literal('before-restore')),
  /** A `pingyue/annotations` export, restored through the same validated import as any file. */
  content: z.string(),
});
type StoredBackup = z.infer<typeof StoredBackup>;

export type BackupSummary = Omit<StoredBackup, 'content'> & { key: string };

export type BackupOutcome = { written: BackupSummary } | { skipped: 'unchanged' };

/**
 * Keeps today's backup of everything in the extension's own storage: a full export (lib/transfer), written
 * only when the data differs from the newest backup, under today's key (a later run the same day
 * replaces it), keeping the newest {@link KEEP_BACKUPS}. Nothing leaves the machine.
 */
export async function runDailyBackup(db: PingyueDB, storage: BackupStorage, now: number): Promise<BackupOutcome> {
  const file = await exportAll(db, now);
  const hash = await dataHash(file);
  const existing = await readAll(storage);
  if (existing[0]?.backup.hash === hash) return { skipped: 'unchanged' };
  const key = `${BACKUP_KEY_PREFIX}${localDate(now)}`;
  return { written: await keep(storage, key, file, hash, now, existing) };
}

/**
 * Saves the database as it stands under its own key (`backup:<date>-before-restore-<time>`), beside
 * the daily ones, so that a restore can be undone by restoring this one.
 */
export async function backupBeforeRestore(db: PingyueDB, storage: BackupStorage, now: number): Promise<BackupSummary> {
  const file = await exportAll(db, now);
  const key = `${BACKUP_KEY_PREFIX}${localDate(now)}-before-restore-${now}`;
  return keep(storage, key, file, await dataHash(file), now, await readAll(storage), 'before-restore');
}

function dataHash(file: ExportFile): Promise<string> {
  return sha256Hex(JSON.stringify([file.documents, file.annotations, file.tagSets, file.assessments]));
}

/** Writes one backup, then drops all but the newest {@link KEEP_BACKUPS} (keys sort by date). */
async function keep(
  storage: BackupStorage,
  key: string,
  file: ExportFile,
  hash: string,
  now: number,
  existing: { key: string }[],
  reason?: StoredBackup['reason'],
): Promise<BackupSummary> {
  const content = serializeExport(file);
  const backup: StoredBackup = {
    date: localDate(now),
    createdAt: now,
    hash,
    bytes: new TextEncoder().encode(content).length,
    counts: { documents: file.documents.length, annotations: file.annotations.length, tagSets: file.tagSets.length, assessments: file.assessments.length },
    ...(reason ? { reason } : {}),
    content,
  };
  await storage.set({ [key]: backup });
  const stale = [key, ...existing.map((b) => b.key).filter((k) => k !== key)].sort().reverse().slice(KEEP_BACKUPS);
  if (stale.length > 0) await storage.remove(stale);
  return summary(key, backup);
}

/** The kept backups, newest first, without their content. */
export async function listBackups(storage: BackupStorage): Promise<BackupSummary[]> {
  return (await readAll(storage)).map(({ key, backup }) => summary(key, backup));
}

/** The export file text of one backup, or `undefined` when it is gone or unreadable. */
export async function readBackupContent(storage: BackupStorage, key: string): Promise<string | undefined> {
  if (!key.startsWith(BACKUP_KEY_PREFIX)) return undefined;
  const parsed = StoredBackup.safeParse((await storage.get(key))[key]);
  return parsed.success ? parsed.data.content : undefined;
}

/** Every valid backup with its key, newest first; anything else under the prefix is ignored. */
async function readAll(storage: BackupStorage): Promise<{ key: string; backup: StoredBackup }[]> {
  const items = await storage.get(null);
  return Object.entries(items)
    .filter(([key]) => key.startsWith(BACKUP_KEY_PREFIX))
    .flatMap(([key, value]) => {
      const parsed = StoredBackup.safeParse(value);
      return parsed.success ? [{ key, backup: parsed.data }] : [];
    })
    .sort((a, b) => b.backup.createdAt - a.backup.createdAt);
}

function summary(key: string, { content: _content, ...rest }: StoredBackup): BackupSummary {
  return { key, ...rest };
}

