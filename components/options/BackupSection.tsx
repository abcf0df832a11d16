import { useCallback, useEffect, useState } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locale';
import { listBackups, readBackupContent, restoreBackup, type BackupStorage, type BackupSummary } from '@/lib/backup';
import { downloadFile } from '@/components/panel/download-file';

const TEXT = {
  zh: {
    title: '自动备份',
    intro: '评阅每天在本机浏览器内保存一份全部批注的备份（保留最近 7 份，没有变化的日子不重复保存），不会上传到任何地方。',
    none: '还没有备份。评阅会在浏览器启动时和每天自动备份。',
    counts: (b: BackupSummary) => `${b.counts.documents} 份报告、${b.counts.annotations} 条批注`,
    restore: '恢复',
    download: '下载',
    working: '处理中…',
    restored: (added: number, updated: number) => `已恢复：新增 ${added} 条、更新 ${updated} 条批注（现有批注不会被删除）。`,
    failed: '恢复失败：',
  },
  en: {
    title: 'Automatic backups',
    intro: 'Pingyue keeps a daily backup of all your notes inside this browser (the last 7; unchanged days are skipped). Nothing is uploaded.',
    none: 'No backups yet. Pingyue backs up when the browser starts and once a day.',
    counts: (b: BackupSummary) => `${b.counts.documents} report(s), ${b.counts.annotations} note(s)`,
    restore: 'Restore',
    download: 'Download',
    working: 'Working…',
    restored: (added: number, updated: number) => `Restored: ${added} added, ${updated} updated (existing notes are never deleted).`,
    failed: 'Restore failed: ',
  },
} satisfies Record<Locale, unknown>;

interface Props {
  db: PingyueDB;
  locale: Locale;
  /** `browser.storage.local` unless a test passes its own. */
  storage?: BackupStorage;
}

type Status = { kind: 'info' | 'error'; message: string; details?: string[] } | null;

/**
 * The options page's list of automatic backups (lib/backup). 恢复 merges a backup back through the
 * validated import, so it can only add or update notes, never delete; 下载 saves it as an export file.
 */
export function BackupSection({ db, locale, storage = browser.storage.local }: Props) {
  const text = TEXT[locale];
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const reload = useCallback(() => listBackups(storage).then(setBackups), [storage]);
  useEffect(() => void reload(), [reload]);

  const onRestore = async (key: string) => {
    setBusy(key);
    try {
      const result = await restoreBackup(db, storage, key, locale, Date.now());
      setStatus(
        result.ok
          ? { kind: 'info', message: text.restored(result.counts.annotations.added, result.counts.annotations.updated) }
          : { kind: 'error', message: text.failed, details: result.errors },
      );
    } catch (error) {
      setStatus({ kind: 'error', message: `${text.failed}${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  };

  const onDownload = async (backup: BackupSummary) => {
    const content = await readBackupContent(storage, backup.key);
    if (content !== undefined) downloadFile(document, `pingyue-backup-${backup.date}.pingyue.json`, content, 'application/json');
  };

  return (
    <section className="backups" data-testid="backup-section">
      <h2>{text.title}</h2>
      <p>{text.intro}</p>
      {backups?.length === 0 && <p>{text.none}</p>}
      <ul>
        {backups?.map((backup) => (
          <li key={backup.key} data-testid="backup">
            <span>{backup.date}</span> <span>{formatSize(backup.bytes)}</span> <span>{text.counts(backup)}</span>{' '}
            <button type="button" disabled={busy !== null} onClick={() => void onRestore(backup.key)}>
              {busy === backup.key ? text.working : text.restore}
            </button>{' '}
            <button type="button" onClick={() => void onDownload(backup)}>{text.download}</button>
          </li>
        ))}
      </ul>
      {status && (
        <div role={status.kind === 'error' ? 'alert' : 'status'} data-testid="backup-status">
          {status.message}
          {status.details && (
            <ul>
              {status.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
