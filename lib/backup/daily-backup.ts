import { z } from 'zod';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { exportAll, serializeExport } from '@/lib/transfer/export';
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
  documents: z.number().int().nonnegative(),
  annotations: z.number().int().nonnegative(),
  tagSets: z.number().int().nonnegative(),
});

/** One backup as kept under `backup:<YYYY-MM-DD>`: the export file's text plus what lists it. */
const StoredBackup = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.number().int().nonnegative(),
  /** SHA-256 of the exported data (not of `exportedAt`), to skip days when nothing changed. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  counts: Counts,
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
  const hash = await sha256Hex(JSON.stringify([file.documents, file.annotations, file.tagSets]));
  const existing = await readAll(storage);
  if (existing[0]?.backup.hash === hash) return { skipped: 'unchanged' };

  const content = serializeExport(file);
  const date = localDate(now);
  const backup: StoredBackup = {
    date,
    createdAt: now,
    hash,
    bytes: new TextEncoder().encode(content).length,
    counts: { documents: file.documents.length, annotations: file.annotations.length, tagSets: file.tagSets.length },
    content,
  };
  const key = `${BACKUP_KEY_PREFIX}${date}`;
  await storage.set({ [key]: backup });
  const stale = [key, ...existing.map((b) => b.key).filter((k) => k !== key)].sort().reverse().slice(KEEP_BACKUPS);
  if (stale.length > 0) await storage.remove(stale);
  return { written: summary(key, backup) };
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

