/**
 * Quota errors, made readable. Browsers report a full disk as a `QuotaExceededError` DOMException;
 * Dexie wraps it (its own `QuotaExceededError`, or an `AbortError` whose `inner` is the quota error,
 * when the transaction is aborted at commit). Every write goes through a Dexie transaction, so when one
 * fails nothing of it was kept; the message says so in both languages, since lib/db has no locale.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(cause: unknown) {
    super(
      '存储空间已满，本次更改没有保存（已有的批注不受影响）。请导出备份、删除不需要的报告后重试。' +
        ' Storage is full: this change was not saved (existing notes are safe). Export a backup, delete reports you no longer need, and try again.',
      { cause },
    );
  }
}

/** Whether `error` (or the error it wraps, however deep) is the browser running out of storage. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Rethrows quota errors as {@link StorageFullError}, everything else unchanged. */
export function rethrowStorageFull(error: unknown): never {
  if (error instanceof StorageFullError || !isQuotaError(error)) throw error;
  throw new StorageFullError(error);
}
