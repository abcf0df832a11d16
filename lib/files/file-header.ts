import type { Locale } from '@/lib/i18n/locale';
import { FILE_TEXT } from '@/lib/i18n/file-text';

/** How one kind of file words a wrong header (lib/i18n/file-text). */
export interface HeaderText {
  notAnObject: string;
  wrongFormat(found: string, expected: string): string;
  unsupportedVersion(found: string, supported: number, newer: boolean): string;
}

/**
 * Every Pingyue file is a JSON object that starts with its `format` and `version`. They are checked on
 * their own, before the schema, so a foreign or future file gets one clear sentence instead of a list of
 * field errors. `recognise` names what the content is instead, for shapes known to be pasted by mistake.
 */
export function checkFileHeader(
  raw: unknown,
  expected: { format: string; version: number; /** Older versions still read. */ older?: readonly number[] },
  text: HeaderText,
  locale: Locale,
  recognise?: (header: Record<string, unknown>) => string | undefined,
): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return text.notAnObject;
  const header = raw as Record<string, unknown>;
  const instead = recognise?.(header);
  if (instead) return instead;
  const { format, version } = header;
  const words = FILE_TEXT[locale];
  if (format !== expected.format) {
    const found = words.foundHeader(format === undefined ? { kind: 'no-format' } : { kind: 'format', json: JSON.stringify(format) });
    return text.wrongFormat(found, expected.format);
  }
  if (version !== expected.version && !(typeof version === 'number' && expected.older?.includes(version))) {
    const newer = typeof version === 'number' && version > expected.version;
    return text.unsupportedVersion(JSON.stringify(version) ?? words.missingVersion, expected.version, newer);
  }
  return undefined;
}
