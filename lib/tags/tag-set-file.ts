import type { Locale } from '@/lib/i18n/locale';
import { EXPORT_FORMAT } from '@/lib/schema/export-file';
import type { TagSet } from '@/lib/schema/tag-set';
import { TAG_SET_FILE_FORMAT, TAG_SET_FILE_VERSION, TagSetFile } from '@/lib/schema/tag-set-file';
import { formatIssues } from '@/lib/files/format-issues';
import { readJsonInput, type BlobLike } from '@/lib/files/read-json-input';

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
  const zh = locale === 'zh';
  const fail = (...errors: string[]): ParseTagSetFileResult => ({ ok: false, errors });

  const tooLarge = (bytes: number) => {
    const kb = Math.ceil(bytes / 1024);
    return zh ? `内容太大（${kb} KB），标签集文件最大 1 MB。` : `The content is too large (${kb} KB); a tag set file is at most 1 MB.`;
  };
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
  const zh = locale === 'zh';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return zh ? '这不是评阅的标签集文件：内容不是 JSON 对象。' : 'This is not a Pingyue tag set file: the content is not a JSON object.';
  }
  const { format, version, tags } = raw as { format?: unknown; version?: unknown; tags?: unknown };
  if (format === EXPORT_FORMAT) {
    return zh
      ? '这是评阅的批注文件，不是标签集文件。批注请在侧边栏用“导入批注文件”导入。'
      : `This is a Pingyue annotations export (format "${EXPORT_FORMAT}"), not a tag set file. Import annotations from the side panel.`;
  }
  if (format === undefined && Array.isArray(tags)) {
    return zh
      ? `这像是一个未加文件头的标签集：缺少 format 字段，应为 "${TAG_SET_FILE_FORMAT}"。请用评阅选项页的“导出”生成标签集文件。`
      : `This looks like a bare tag set without the file header: there is no "format" field, expected "${TAG_SET_FILE_FORMAT}". Export the set from Pingyue's options page.`;
  }
  if (format !== TAG_SET_FILE_FORMAT) {
    const found = format === undefined ? (zh ? '缺少 format 字段' : 'there is no "format" field') : `format ${zh ? '为' : 'is'} ${JSON.stringify(format)}`;
    return zh
      ? `这不是评阅的标签集文件：${found}，应为 "${TAG_SET_FILE_FORMAT}"。`
      : `This is not a Pingyue tag set file: ${found}, expected "${TAG_SET_FILE_FORMAT}".`;
  }
  if (version !== TAG_SET_FILE_VERSION) {
    const found = JSON.stringify(version) ?? (zh ? '（缺失）' : '(missing)');
    const newer = typeof version === 'number' && version > TAG_SET_FILE_VERSION;
    return zh
      ? `不支持的标签集文件版本 ${found}（version 字段）：此版本的评阅只能读取版本 ${TAG_SET_FILE_VERSION}。${newer ? '请先升级评阅。' : ''}`
      : `Unsupported tag set file version ${found} ("version" field): this version of Pingyue reads version ${TAG_SET_FILE_VERSION} only.${newer ? ' Please update Pingyue first.' : ''}`;
  }
  return undefined;
}
