import type { Locale } from '@/lib/i18n/locale';
import { EXPORT_FORMAT } from '@/lib/schema/export-file';
import type { TagSet } from '@/lib/schema/tag-set';
import { TAG_SET_FILE_FORMAT, TAG_SET_FILE_VERSION, TagSetFile } from '@/lib/schema/tag-set-file';
import { formatIssues } from '@/lib/files/format-issues';
import { readJsonInput, type BlobLike } from '@/lib/files/read-json-input';
import { checkFileHeader } from '@/lib/files/file-header';
import { FILE_TEXT } from '@/lib/i18n/file-text';

/**
 * Larger input is refused before it is read or parsed. The largest set the schema allows (50 tags with
 * 500-character guidelines, 2,000-character description, 200 extra words per checker rule, 10 form
 * sections) is about 300 KB of pretty-printed UTF-8 Chinese, so 1 MB never refuses a valid set while a
 * whole annotations database pasted by mistake is stopped cheaply. 50 KB would refuse valid sets.
 */
export const MAX_TAG_SET_FILE_BYTES = 1024 * 1024;

export type ParseTagSetFileResult = { ok: true; data: TagSetFile } | { ok: false; errors: string[] };

/** The file content for one set: pretty-printed, so a team can review changes in a diff tool. */
export function serializeTagSetFile(tagSet: TagSet, now: number): string {
  const file: TagSetFile = {
    format: TAG_SET_FILE_FORMAT,
    version: TAG_SET_FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    tagSet,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads and validates a `.pingyue-tagset.json` file or pasted text: size, JSON syntax, the header
 * (saying what the content is when it is something else), then every field, with messages that name
 * the field path. Never touches the database.
 */
export async function parseTagSetFile(input: string | BlobLike, locale: Locale): Promise<ParseTagSetFileResult> {
  const fail = (...errors: string[]): ParseTagSetFileResult => ({ ok: false, errors });
  const tooLarge = (bytes: number) => FILE_TEXT[locale].tagSetFile.tooLarge(Math.ceil(bytes / 1024));
  const read = await readJsonInput(input, { maxBytes: MAX_TAG_SET_FILE_BYTES, tooLarge }, locale);
  if (!read.ok) return read;
  const { raw } = read;

  const header = describeWrongHeader(raw, locale);
  if (header) return fail(header);

  const parsed = TagSetFile.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : fail(...formatIssues(parsed.error.issues, raw, locale));
}

/** One clear sentence for content that is not a tag set file of this version, naming what it is instead. */
function describeWrongHeader(raw: unknown, locale: Locale): string | undefined {
  const text = FILE_TEXT[locale].tagSetFile;
  return checkFileHeader(raw, { format: TAG_SET_FILE_FORMAT, version: TAG_SET_FILE_VERSION }, text, locale, ({ format, tags }) => {
    if (format === EXPORT_FORMAT) return text.isAnnotationsExport(EXPORT_FORMAT);
    if (format === undefined && Array.isArray(tags)) return text.isBareTagSet(TAG_SET_FILE_FORMAT);
    return undefined;
  });
}
