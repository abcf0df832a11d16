export {
  runDailyBackup,
  backupBeforeRestore,
  listBackups,
  readBackupContent,
  KEEP_BACKUPS,
  BACKUP_KEY_PREFIX,
  type BackupStorage,
  type BackupSummary,
  type BackupOutcome,
} from './daily-backup';
export { previewRestore, restoreBackup, type RestoreChanges, type RestorePreview, type RestoreResult } from './restore-backup';
export { ensureBackupAlarm, BACKUP_ALARM, BACKUP_PERIOD_MINUTES } from './schedule';
