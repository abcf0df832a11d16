/** The alarm that wakes the background once a day to back up (see `runDailyBackup`). */
export const BACKUP_ALARM = 'pingyue-daily-backup';
export const BACKUP_PERIOD_MINUTES = 24 * 60;

/** The slice of `browser.alarms` the schedule needs (a test seam). */
export interface Alarms {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
}

/**
 * Creates the daily alarm unless it exists. Browsers may drop alarms on restart, so this runs at every
 * start; an existing alarm is left alone so its period is not reset by each restart.
 */
export async function ensureBackupAlarm(alarms: Alarms): Promise<void> {
  if (await alarms.get(BACKUP_ALARM)) return;
  await alarms.create(BACKUP_ALARM, { periodInMinutes: BACKUP_PERIOD_MINUTES, delayInMinutes: BACKUP_PERIOD_MINUTES });
}
