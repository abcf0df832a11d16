import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/locale';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Enough to fix a file by hand without burying the reviewer in a wall of repeats. */
export const MAX_LISTED_ISSUES = 20;

const LIST_NAMES: Record<string, { zh: (n: number) => string; en: (n: number) => string }> = {
  documents: { zh: (n) => `第 ${n} 个文档`, en: (n) => `Document ${n}` },
  annotations: { zh: (n) => `第 ${n} 条批注`, en: (n) => `Annotation ${n}` },
  tagSets: { zh: (n) => `第 ${n} 个标签集`, en: (n) => `Tag set ${n}` },
  assessments: { zh: (n) => `第 ${n} 份评议意见`, en: (n) => `Assessment ${n}` },
  tags: { zh: (n) => `第 ${n} 个标签`, en: (n) => `Tag ${n}` },
  sections: { zh: (n) => `第 ${n} 个表单部分`, en: (n) => `Form section ${n}` },
};

/**
 * One line per problem, naming the row a person would look for and the exact field path, e.g.
 * `第 4 条批注（annotations[3].anchor.quote.exact）：不能为空`. `raw` is the parsed JSON, used to say what
 * was found where zod only says what was expected. Lists the first problem of each of the first
 * {@link MAX_LISTED_ISSUES} fields, then how many more fields have problems.
 */
export function formatIssues(issues: readonly Issue[], raw: unknown, locale: Locale): string[] {
  // One problem per field: an empty label also fails the label pattern, and saying so twice is noise.
  const seen = new Set<string>();
  const firstPerField = issues.filter((issue) => {
    const key = formatPath(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = firstPerField.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = describeLocation(issue.path, locale);
    return `${where}${locale === 'zh' ? '：' : ': '}${describeProblem(issue, valueAt(raw, issue.path), locale)}`;
  });
  const more = firstPerField.length - MAX_LISTED_ISSUES;
  if (more > 0) lines.push(locale === 'zh' ? `……另有 ${more} 个问题未列出` : `…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines;
}

/** A time found in the future (see `futureTimestamps`), as an issue `formatIssues` words with its place. */
export function futureTimeIssue({ path, value }: { path: (string | number)[]; value: number }): Issue {
  return { code: 'custom', path, message: `time ${value} is in the future`, params: { pingyue: 'future-time', value }, input: value };
}

/** `annotations[3].anchor.quote.exact`; keys that are not identifiers are quoted. */
export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/**
 * Names the rows a person would look for, outermost first (`tagSets[0].tags[2].label` →
 * 第 1 个标签集的第 3 个标签), then the exact path.
 */
function describeLocation(path: readonly PathKey[], locale: Locale): string {
  if (path.length === 0) return locale === 'zh' ? '文件' : 'File';
  const rows: string[] = [];
  path.forEach((list, i) => {
    const index = path[i + 1];
    const names = typeof list === 'string' ? LIST_NAMES[list] : undefined;
    if (names && typeof index === 'number') rows.push(names[locale](index + 1));
  });
  if (rows.length === 0) return formatPath(path);
  const joined = locale === 'zh' ? rows.join('的') : rows.map((row, i) => (i === 0 ? row : row.toLowerCase())).join(', ');
  return `${joined}${paren(formatPath(path), locale)}`;
}

function paren(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

function describeProblem(issue: Issue, value: unknown, locale: Locale): string {
  const zh = locale === 'zh';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return zh ? '缺少此字段' : 'is missing';
      return zh
        ? `应为${TYPE_NAMES_ZH[issue.expected] ?? issue.expected}，实际为${describeValue(value, locale)}`
        : `must be ${TYPE_NAMES_EN[issue.expected] ?? issue.expected}, got ${describeValue(value, locale)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (min === 1) return zh ? '不能为空' : 'must not be empty';
        return zh ? `至少需要 ${min} 个字符` : `must have at least ${min} characters`;
      }
      if (issue.origin === 'array') return zh ? `至少需要 ${min} 项` : `must have at least ${min} item${min === 1 ? '' : 's'}`;
      if (issue.inclusive) return zh ? `不能小于 ${min}` : `must be at least ${min}`;
      return zh ? `必须大于 ${min}` : `must be greater than ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return zh ? `不能超过 ${max} 个字符` : `must have at most ${max} characters`;
      if (issue.origin === 'array') return zh ? `不能超过 ${max} 项` : `must have at most ${max} items`;
      if (issue.inclusive) return zh ? `不能大于 ${max}` : `must be at most ${max}`;
      return zh ? `必须小于 ${max}` : `must be less than ${max}`;
    }
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return zh
          ? `应为 ISO 8601 日期时间（如 2025-01-31T08:00:00Z），实际为${describeValue(value, locale)}`
          : `must be an ISO 8601 date-time (e.g. 2025-01-31T08:00:00Z), got ${describeValue(value, locale)}`;
      }
      return zh ? `格式不正确：${describeValue(value, locale)}` : `has an invalid format: ${describeValue(value, locale)}`;
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      if (options.length === 1) {
        return zh ? `应为 ${options[0]}，实际为${describeValue(value, locale)}` : `must be ${options[0]}, got ${describeValue(value, locale)}`;
      }
      return zh
        ? `应为 ${options.join('、')} 之一，实际为${describeValue(value, locale)}`
        : `must be one of ${options.join(', ')}, got ${describeValue(value, locale)}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k));
      return zh ? `含有不认识的字段 ${keys.join('、')}` : `has unknown field${keys.length === 1 ? '' : 's'} ${keys.join(', ')}`;
    }
    case 'custom':
      return describeCustom(issue, locale);
    default:
      return issue.message;
  }
}

/** Our own refinements carry `params.pingyue`; a few known schema messages are translated; others pass through. */
function describeCustom(issue: Extract<Issue, { code: 'custom' }>, locale: Locale): string {
  const zh = locale === 'zh';
  const value = JSON.stringify(String(issue.params?.value ?? ''));
  switch (issue.params?.pingyue) {
    case 'dangling-document':
      return zh ? `documentId ${value} 不是本文件 documents 中任何文档的 id` : `documentId ${value} does not match any document in this file`;
    case 'duplicate-id':
      return zh ? `id ${value} 重复` : `duplicate id ${value}`;
    case 'future-time': {
      const when = new Date(Number(issue.params?.value)).toISOString().replace('T', ' ').slice(0, 16);
      return zh ? `时间 ${when}（UTC）晚于本机当前时间` : `the time ${when} (UTC) is later than this computer’s clock`;
    }
  }
  if (!zh) return issue.message;
  if (issue.message === 'end must be greater than start') return 'end 必须大于 start';
  const duplicateTag = /^duplicate tag id "(.*)"$/.exec(issue.message);
  return duplicateTag ? `标签 id "${duplicateTag[1]}" 重复` : issue.message;
}

const TYPE_NAMES_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  null: 'null',
};
const TYPE_NAMES_EN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function describeValue(value: unknown, locale: Locale): string {
  const zh = locale === 'zh';
  if (value === undefined) return zh ? '空缺' : 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return zh ? '数组' : 'an array';
  switch (typeof value) {
    case 'string':
      return zh ? `字符串 ${quote(value)}` : `the string ${quote(value)}`;
    case 'number':
      return zh ? `数字 ${value}` : `the number ${value}`;
    case 'boolean':
      return zh ? `布尔值 ${value}` : `${value}`;
    default:
      return zh ? '对象' : 'an object';
  }
}

/** Long values (a whole passage) are shortened: the path already says where to look. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
