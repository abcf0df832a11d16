import type { Locale } from './locale';

/** How a file's header was wrong, for the sentence that says so (lib/files/file-header). */
export type FoundHeader = { kind: 'no-format' } | { kind: 'format'; json: string };

/**
 * Everything Pingyue says about a file it reads (tag set files, annotation exports, backups): reading,
 * JSON syntax, the header, and each field's problem with its place. Chinese first.
 */
export const FILE_TEXT = {
  zh: {
    cannotRead: (detail: string) => `无法读取文件：${detail}`,
    empty: '内容为空。',
    jsonSyntaxNear: (line: number, column: number) => `文件不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误。`,
    jsonInvalid: (detail: string) => `文件不是有效的 JSON（${detail}）。`,
    foundHeader: (found: FoundHeader) => (found.kind === 'no-format' ? '缺少 format 字段' : `format 为 ${found.json}`),
    missingVersion: '（缺失）',
    backupGone: '找不到这份备份。',
    tagSetFile: {
      tooLarge: (kb: number) => `内容太大（${kb} KB），标签集文件最大 1 MB。`,
      notAnObject: '这不是评阅的标签集文件：内容不是 JSON 对象。',
      isAnnotationsExport: (_format: string) => '这是评阅的批注文件，不是标签集文件。批注请在侧边栏用“导入批注文件”导入。',
      isBareTagSet: (expected: string) => `这像是一个未加文件头的标签集：缺少 format 字段，应为 "${expected}"。请用评阅选项页的“导出”生成标签集文件。`,
      wrongFormat: (found: string, expected: string) => `这不是评阅的标签集文件：${found}，应为 "${expected}"。`,
      unsupportedVersion: (found: string, supported: number, newer: boolean) =>
        `不支持的标签集文件版本 ${found}（version 字段）：此版本的评阅只能读取版本 ${supported}。${newer ? '请先升级评阅。' : ''}`,
    },
    exportFile: {
      tooLarge: (mb: string) => `文件太大（${mb} MB），最大支持 50 MB。`,
      notAnObject: '这不是评阅的批注导出文件：内容不是 JSON 对象。',
      wrongFormat: (found: string, expected: string) => `这不是评阅的批注导出文件：${found}，应为 "${expected}"。`,
      unsupportedVersion: (found: string, supported: number, newer: boolean) =>
        `不支持的导出文件版本 ${found}：此版本的评阅只能导入版本 ${supported}。${newer ? '请先升级评阅。' : ''}`,
      futureTimes: '文件中有晚于本机当前时间的时间，可能被改动过（借此覆盖您后来的修改），未导入任何内容：',
    },
    issues: {
      line: (where: string, problem: string) => `${where}：${problem}`,
      more: (n: number) => `……另有 ${n} 个问题未列出`,
      file: '文件',
      rows: (rows: string[]) => rows.join('的'),
      paren: (text: string) => `（${text}）`,
      list: {
        documents: (n: number) => `第 ${n} 个文档`,
        annotations: (n: number) => `第 ${n} 条批注`,
        tagSets: (n: number) => `第 ${n} 个标签集`,
        assessments: (n: number) => `第 ${n} 份评议意见`,
        tags: (n: number) => `第 ${n} 个标签`,
        sections: (n: number) => `第 ${n} 个表单部分`,
      } as Record<string, (n: number) => string>,
      missing: '缺少此字段',
      wrongType: (expected: string, got: string) => `应为${TYPE_NAMES_ZH[expected] ?? expected}，实际为${got}`,
      notEmpty: '不能为空',
      minChars: (n: number) => `至少需要 ${n} 个字符`,
      minItems: (n: number) => `至少需要 ${n} 项`,
      atLeast: (n: number) => `不能小于 ${n}`,
      greaterThan: (n: number) => `必须大于 ${n}`,
      maxChars: (n: number) => `不能超过 ${n} 个字符`,
      maxItems: (n: number) => `不能超过 ${n} 项`,
      atMost: (n: number) => `不能大于 ${n}`,
      lessThan: (n: number) => `必须小于 ${n}`,
      notDateTime: (got: string) => `应为 ISO 8601 日期时间（如 2025-01-31T08:00:00Z），实际为${got}`,
      badFormat: (got: string) => `格式不正确：${got}`,
      mustBe: (option: string, got: string) => `应为 ${option}，实际为${got}`,
      oneOf: (options: string[], got: string) => `应为 ${options.join('、')} 之一，实际为${got}`,
      unknownFields: (keys: string[]) => `含有不认识的字段 ${keys.join('、')}`,
      danglingDocument: (id: string) => `documentId ${id} 不是本文件 documents 中任何文档的 id`,
      duplicateId: (id: string) => `id ${id} 重复`,
      futureTime: (when: string) => `时间 ${when}（UTC）晚于本机当前时间`,
      /** Schema messages of our own refinements, by their English text. */
      schemaMessage: (message: string) => {
        if (message === 'end must be greater than start') return 'end 必须大于 start';
        const duplicateTag = /^duplicate tag id "(.*)"$/.exec(message);
        return duplicateTag ? `标签 id "${duplicateTag[1]}" 重复` : message;
      },
      value: {
        nothing: '空缺',
        array: '数组',
        object: '对象',
        string: (quoted: string) => `字符串 ${quoted}`,
        number: (n: number) => `数字 ${n}`,
        boolean: (b: boolean) => `布尔值 ${b}`,
      },
    },
  },
  en: {
    cannotRead: (detail: string) => `Could not read the file: ${detail}`,
    empty: 'The content is empty.',
    jsonSyntaxNear: (line: number, column: number) => `The file is not valid JSON: syntax error near line ${line}, column ${column}.`,
    jsonInvalid: (detail: string) => `The file is not valid JSON (${detail}).`,
    foundHeader: (found: FoundHeader) => (found.kind === 'no-format' ? 'there is no "format" field' : `format is ${found.json}`),
    missingVersion: '(missing)',
    backupGone: 'This backup no longer exists.',
    tagSetFile: {
      tooLarge: (kb: number) => `The content is too large (${kb} KB); a tag set file is at most 1 MB.`,
      notAnObject: 'This is not a Pingyue tag set file: the content is not a JSON object.',
      isAnnotationsExport: (format: string) => `This is a Pingyue annotations export (format "${format}"), not a tag set file. Import annotations from the side panel.`,
      isBareTagSet: (expected: string) =>
        `This looks like a bare tag set without the file header: there is no "format" field, expected "${expected}". Export the set from Pingyue's options page.`,
      wrongFormat: (found: string, expected: string) => `This is not a Pingyue tag set file: ${found}, expected "${expected}".`,
      unsupportedVersion: (found: string, supported: number, newer: boolean) =>
        `Unsupported tag set file version ${found} ("version" field): this version of Pingyue reads version ${supported} only.${newer ? ' Please update Pingyue first.' : ''}`,
    },
    exportFile: {
      tooLarge: (mb: string) => `The file is too large (${mb} MB); the limit is 50 MB.`,
      notAnObject: 'This is not a Pingyue annotations export: the content is not a JSON object.',
      wrongFormat: (found: string, expected: string) => `This is not a Pingyue annotations export: ${found}, expected "${expected}".`,
      unsupportedVersion: (found: string, supported: number, newer: boolean) =>
        `Unsupported export version ${found}: this version of Pingyue imports version ${supported} only.${newer ? ' Please update Pingyue first.' : ''}`,
      futureTimes: 'The file holds times later than this computer’s clock; it may have been tampered with (to win over your later edits). Nothing was imported:',
    },
    issues: {
      line: (where: string, problem: string) => `${where}: ${problem}`,
      more: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}`,
      file: 'File',
      rows: (rows: string[]) => rows.map((row, i) => (i === 0 ? row : row.toLowerCase())).join(', '),
      paren: (text: string) => ` (${text})`,
      list: {
        documents: (n: number) => `Document ${n}`,
        annotations: (n: number) => `Annotation ${n}`,
        tagSets: (n: number) => `Tag set ${n}`,
        assessments: (n: number) => `Assessment ${n}`,
        tags: (n: number) => `Tag ${n}`,
        sections: (n: number) => `Form section ${n}`,
      } as Record<string, (n: number) => string>,
      missing: 'is missing',
      wrongType: (expected: string, got: string) => `must be ${TYPE_NAMES_EN[expected] ?? expected}, got ${got}`,
      notEmpty: 'must not be empty',
      minChars: (n: number) => `must have at least ${n} characters`,
      minItems: (n: number) => `must have at least ${n} item${n === 1 ? '' : 's'}`,
      atLeast: (n: number) => `must be at least ${n}`,
      greaterThan: (n: number) => `must be greater than ${n}`,
      maxChars: (n: number) => `must have at most ${n} characters`,
      maxItems: (n: number) => `must have at most ${n} items`,
      atMost: (n: number) => `must be at most ${n}`,
      lessThan: (n: number) => `must be less than ${n}`,
      notDateTime: (got: string) => `must be an ISO 8601 date-time (e.g. 2025-01-31T08:00:00Z), got ${got}`,
      badFormat: (got: string) => `has an invalid format: ${got}`,
      mustBe: (option: string, got: string) => `must be ${option}, got ${got}`,
      oneOf: (options: string[], got: string) => `must be one of ${options.join(', ')}, got ${got}`,
      unknownFields: (keys: string[]) => `has unknown field${keys.length === 1 ? '' : 's'} ${keys.join(', ')}`,
      danglingDocument: (id: string) => `documentId ${id} does not match any document in this file`,
      duplicateId: (id: string) => `duplicate id ${id}`,
      futureTime: (when: string) => `the time ${when} (UTC) is later than this computer’s clock`,
      schemaMessage: (message: string) => message,
      value: {
        nothing: 'nothing',
        array: 'an array',
        object: 'an object',
        string: (quoted: string) => `the string ${quoted}`,
        number: (n: number) => `the number ${n}`,
        boolean: (b: boolean) => `${b}`,
      },
    },
  },
} satisfies Record<Locale, unknown>;

export type FileText = (typeof FILE_TEXT)['zh'];

const TYPE_NAMES_ZH: Record<string, string> = { string: '字符串', number: '数字', int: '整数', boolean: '布尔值', array: '数组', object: '对象', null: 'null' };
const TYPE_NAMES_EN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  null: 'null',
};
