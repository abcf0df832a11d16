import { useCallback, useEffect, useState } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locale';
import { listBackups, previewRestore, readBackupContent, restoreBackup, type BackupStorage, type BackupSummary, type RestoreChanges } from '@/lib/backup';
import { downloadFile } from '@/components/ui/download-file';

const TEXT = {
  zh: {
    title: '自动备份',
    intro: '评阅每天在本机浏览器内保存一份全部批注的备份（保留最近 7 份，没有变化的日子不重复保存），不会上传到任何地方。',
    none: '还没有备份。评阅会在浏览器启动时和每天自动备份。',
    counts: (b: BackupSummary) => `${b.counts.documents} 份报告、${b.counts.annotations} 条批注`,
    beforeRestore: '（恢复前的状态）',
    restore: '恢复',
    download: '下载',
    working: '处理中…',
    changes: (c: RestoreChanges) => `找回 ${c.added} 条、改回 ${c.changed} 条、删除 ${c.removed} 条批注${c.assessments > 0 ? `，${c.assessments} 份评议意见改回备份中的版本` : ''}`,
    confirm: (date: string, c: RestoreChanges) =>
      `恢复到 ${date} 的备份：${TEXT.zh.changes(c)}。恢复前的现状会先另存为一份备份，恢复它即可撤销。`,
    confirmYes: '确认恢复',
    cancel: '取消',
    restored: (date: string, c: RestoreChanges) => `已恢复到 ${date} 的备份：${TEXT.zh.changes(c)}。恢复前的状态已另存为备份，恢复它即可撤销。`,
    failed: '恢复失败：',
  },
  en: {
    title: 'Automatic backups',
    intro: 'Pingyue keeps a daily backup of all your notes inside this browser (the last 7; unchanged days are skipped). Nothing is uploaded.',
    none: 'No backups yet. Pingyue backs up when the browser starts and once a day.',
    counts: (b: BackupSummary) => `${b.counts.documents} report(s), ${b.counts.annotations} note(s)`,
    beforeRestore: ' (state before a restore)',
    restore: 'Restore',
    download: 'Download',
    working: 'Working…',
    changes: (c: RestoreChanges) => `${c.added} note(s) back, ${c.changed} changed back, ${c.removed} removed${c.assessments > 0 ? `; ${c.assessments} assessment(s) back to the backup's version` : ''}`,
    confirm: (date: string, c: RestoreChanges) =>
      `Restore the backup of ${date}: ${TEXT.en.changes(c)}. The current state is saved as a backup first; restore it to undo.`,
    confirmYes: 'Restore now',
    cancel: 'Cancel',
    restored: (date: string, c: RestoreChanges) => `Restored the backup of ${date}: ${TEXT.en.changes(c)}. The state before is saved as a backup; restore it to undo.`,
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
 * The options page's list of automatic backups (lib/backup). 恢复 first shows what would change
 * (notes back, changed back, removed), then puts the backup's state back after saving the current
 * state as a backup of its own (so a restore can be undone); 下载 saves it as an export file.
 */
export function BackupSection({ db, locale, storage = browser.storage.local }: Props) {
  const text = TEXT[locale];
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ backup: BackupSummary; changes: RestoreChanges } | null>(null);

  const reload = useCallback(() => listBackups(storage).then(setBackups), [storage]);
  useEffect(() => void reload(), [reload]);

  const attempt = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (error) {
      setStatus({ kind: 'error', message: `${text.failed}${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  };
  // Step 1: what would change. Nothing is written until the reviewer confirms.
  const onRestore = (backup: BackupSummary) =>
    attempt(backup.key, async () => {
      setStatus(null);
      const preview = await previewRestore(db, storage, backup.key, locale);
      if (preview.ok) setPending({ backup, changes: preview.changes });
      else setStatus({ kind: 'error', message: text.failed, details: preview.errors });
    });
  const onConfirm = ({ backup }: { backup: BackupSummary }) =>
    attempt(backup.key, async () => {
      setPending(null);
      const result = await restoreBackup(db, storage, backup.key, locale, Date.now());
      setStatus(result.ok ? { kind: 'info', message: text.restored(backup.date, result.changes) } : { kind: 'error', message: text.failed, details: result.errors });
      await reload();
    });

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
            <span>{backup.date}{backup.reason === 'before-restore' && text.beforeRestore}</span> <span>{formatSize(backup.bytes)}</span>{' '}
            <span>{text.counts(backup)}</span>{' '}
            <button type="button" disabled={busy !== null} onClick={() => void onRestore(backup)}>
              {busy === backup.key ? text.working : text.restore}
            </button>{' '}
            <button type="button" onClick={() => void onDownload(backup)}>{text.download}</button>
            {pending?.backup.key === backup.key && (
              <div role="group" aria-label={text.restore} data-testid="restore-confirm">
                <p>{text.confirm(backup.date, pending.changes)}</p>
                <button type="button" onClick={() => void onConfirm(pending)}>{text.confirmYes}</button>{' '}
                <button type="button" onClick={() => setPending(null)}>{text.cancel}</button>
              </div>
            )}
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
