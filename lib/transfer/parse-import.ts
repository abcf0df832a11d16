import { readJsonInput, type BlobLike } from '@/lib/files/read-json-input';
import type { Locale } from '@/lib/i18n/locale';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile, futureTimestamps, IMPORTABLE_VERSIONS } from '@/lib/schema/export-file';
import { CLOCK_SKEW_ALLOWANCE_MS } from '@/lib/schema/timestamp';
import { formatIssues, futureTimeIssue } from '@/lib/files/format-issues';
import { checkFileHeader } from '@/lib/files/file-header';
import { FILE_TEXT } from '@/lib/i18n/file-text';

/** Larger files are refused before they are read: parsing them could freeze the panel. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ParseImportResult = { ok: true; data: ExportFile } | { ok: false; errors: string[] };

/**
 * Reads and validates an export file, checking the cheap things first: size, JSON syntax, format and
 * version, then every field, then that no time in it lies in the future (beyond
 * `CLOCK_SKEW_ALLOWANCE_MS` past `now`, this machine's clock): such a file is refused, each place named.
 * Refused rather than clamped: a forged time says the file was tampered with, and the reviewer should
 * hear that before any of it is trusted. Never touches the database; errors are written for the
 * reviewer in `locale`.
 */
export async function parseImport(
  input: string | BlobLike,
  locale: Locale,
  now: number = Date.now(),
  /** Called once the file is read and its checks begin (for a progress bar). */
  onChecking?: () => void,
): Promise<ParseImportResult> {
  const text = FILE_TEXT[locale].exportFile;
  const tooLarge = (bytes: number) => text.tooLarge((bytes / 1024 / 1024).toFixed(1));
  const read = await readJsonInput(input, { maxBytes: MAX_IMPORT_BYTES, tooLarge }, locale);
  if (!read.ok) return read;
  onChecking?.();
  const { raw } = read;
  const fail = (...errors: string[]): ParseImportResult => ({ ok: false, errors });

  const header = checkFileHeader(raw, { format: EXPORT_FORMAT, version: EXPORT_VERSION, older: IMPORTABLE_VERSIONS }, text, locale);
  if (header) return fail(header);

  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) return fail(...formatIssues(parsed.error.issues, raw, locale));
  const future = futureTimestamps(parsed.data, now + CLOCK_SKEW_ALLOWANCE_MS);
  if (future.length > 0) {
    return fail(text.futureTimes, ...formatIssues(future.map(futureTimeIssue), raw, locale));
  }
  return { ok: true, data: parsed.data };
}
