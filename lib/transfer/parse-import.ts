import { readJsonInput, type BlobLike } from './read-json-input';
import type { Locale } from '@/lib/i18n/locale';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile, futureTimestamps, IMPORTABLE_VERSIONS } from '@/lib/schema/export-file';
import { CLOCK_SKEW_ALLOWANCE_MS } from '@/lib/schema/timestamp';
import { formatIssues, futureTimeIssue } from './format-issues';

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
  const zh = locale === 'zh';
  const tooLarge = (bytes: number) => {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return zh ? `文件太大（${mb} MB），最大支持 50 MB。` : `The file is too large (${mb} MB); the limit is 50 MB.`;
  };
  const read = await readJsonInput(input, { maxBytes: MAX_IMPORT_BYTES, tooLarge }, locale);
  if (!read.ok) return read;
  onChecking?.();
  const { raw } = read;
  const fail = (...errors: string[]): ParseImportResult => ({ ok: false, errors });

  const header = checkHeader(raw, locale);
  if (header) return fail(header);

  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) return fail(...formatIssues(parsed.error.issues, raw, locale));
  const future = futureTimestamps(parsed.data, now + CLOCK_SKEW_ALLOWANCE_MS);
  if (future.length > 0) {
    const intro = zh
      ? '文件中有晚于本机当前时间的时间，可能被改动过（借此覆盖您后来的修改），未导入任何内容：'
      : 'The file holds times later than this computer’s clock; it may have been tampered with (to win over your later edits). Nothing was imported:';
    return fail(intro, ...formatIssues(future.map(futureTimeIssue), raw, locale));
  }
  return { ok: true, data: parsed.data };
}

/** Format and version are checked on their own so a foreign or future file gets one clear message. */
function checkHeader(raw: unknown, locale: Locale): string | undefined {
  const zh = locale === 'zh';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return zh ? '这不是评阅的批注导出文件：内容不是 JSON 对象。' : 'This is not a Pingyue annotations export: the content is not a JSON object.';
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    const found = format === undefined ? (zh ? '缺少 format 字段' : 'there is no "format" field') : `format ${zh ? '为' : 'is'} ${JSON.stringify(format)}`;
    return zh
      ? `这不是评阅的批注导出文件：${found}，应为 "${EXPORT_FORMAT}"。`
      : `This is not a Pingyue annotations export: ${found}, expected "${EXPORT_FORMAT}".`;
  }
  if (typeof version !== 'number' || !IMPORTABLE_VERSIONS.includes(version)) {
    const found = JSON.stringify(version) ?? (zh ? '（缺失）' : '(missing)');
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return zh
      ? `不支持的导出文件版本 ${found}：此版本的评阅只能导入版本 ${IMPORTABLE_VERSIONS.join('、')}。${newer ? '请先升级评阅。' : ''}`
      : `Unsupported export version ${found}: this version of Pingyue imports versions ${IMPORTABLE_VERSIONS.join(', ')}.${newer ? ' Please update Pingyue first.' : ''}`;
  }
  return undefined;
}
