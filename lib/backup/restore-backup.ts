import type { Locale } from '@/lib/i18n/locale';
import type { PingyueDB } from '@/lib/db/pingyue-db';
import { importExport, type ImportCounts } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { readBackupContent, type BackupStorage } from './daily-backup';

export type RestoreResult = { ok: true; counts: ImportCounts } | { ok: false; errors: string[] };

/**
 * Restores a kept backup through the same path as any imported file: validated in full by `parseImport`,
 * then merged by `importExport` in one transaction. A restore never deletes: notes made since the backup
 * stay, and rows edited since keep their newer version.
 */
export async function restoreBackup(db: PingyueDB, storage: BackupStorage, key: string, locale: Locale, now: number): Promise<RestoreResult> {
  const content = await readBackupContent(storage, key);
  if (content === undefined) return { ok: false, errors: [locale === 'zh' ? '找不到这份备份。' : 'This backup no longer exists.'] };
  const parsed = await parseImport(content, locale);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await importExport(db, parsed.data, now) };
}
