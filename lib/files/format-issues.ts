import type { z } from 'zod/mini';
// Issues it passes through keep zod's English wording (see the module).
import '@/lib/schema/issue-messages';
import type { Locale } from '@/lib/i18n/locale';
import { FILE_TEXT } from '@/lib/i18n/file-text';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Enough to fix a file by hand without burying the reviewer in a wall of repeats. */
export const MAX_LISTED_ISSUES = 20;

/**
 * One line per problem, naming the row a person would look for and the exact field path, e.g.
 * `第 4 条批注（annotations[3].anchor.quote.exact）：不能为空`. `raw` is the parsed JSON, used to say what
 * was found where zod only says what was expected. Lists the first problem of each of the first
 * {@link MAX_LISTED_ISSUES} fields, then how many more fields have problems.
 */
export function formatIssues(issues: readonly Issue[], raw: unknown, locale: Locale): string[] {
  const text = FILE_TEXT[locale].issues;
  // One problem per field: an empty label also fails the label pattern, and saying so twice is noise.
  const seen = new Set<string>();
  const firstPerField = issues.filter((issue) => {
    const key = formatPath(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = firstPerField.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    return text.line(describeLocation(issue.path, locale), describeProblem(issue, valueAt(raw, issue.path), locale));
  });
  const more = firstPerField.length - MAX_LISTED_ISSUES;
  if (more > 0) lines.push(text.more(more));
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
  const text = FILE_TEXT[locale].issues;
  if (path.length === 0) return text.file;
  const rows: string[] = [];
  path.forEach((list, i) => {
    const index = path[i + 1];
    const name = typeof list === 'string' ? text.list[list] : undefined;
    if (name && typeof index === 'number') rows.push(name(index + 1));
  });
  if (rows.length === 0) return formatPath(path);
  return `${text.rows(rows)}${text.paren(formatPath(path))}`;
}

function describeProblem(issue: Issue, value: unknown, locale: Locale): string {
  const text = FILE_TEXT[locale].issues;
  const got = () => describeValue(value, locale);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? text.missing : text.wrongType(issue.expected, got());
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? text.notEmpty : text.minChars(min);
      if (issue.origin === 'array') return text.minItems(min);
      return issue.inclusive ? text.atLeast(min) : text.greaterThan(min);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return text.maxChars(max);
      if (issue.origin === 'array') return text.maxItems(max);
      return issue.inclusive ? text.atMost(max) : text.lessThan(max);
    }
    case 'invalid_format':
      return issue.format === 'datetime' ? text.notDateTime(got()) : text.badFormat(got());
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      return options.length === 1 ? text.mustBe(options[0]!, got()) : text.oneOf(options, got());
    }
    case 'unrecognized_keys':
      return text.unknownFields(issue.keys.map((k) => JSON.stringify(k)));
    case 'custom':
      return describeCustom(issue, locale);
    default:
      return issue.message;
  }
}

/** Our own refinements carry `params.pingyue`; a few known schema messages are translated; others pass through. */
function describeCustom(issue: Extract<Issue, { code: 'custom' }>, locale: Locale): string {
  const text = FILE_TEXT[locale].issues;
  const value = JSON.stringify(String(issue.params?.value ?? ''));
  switch (issue.params?.pingyue) {
    case 'dangling-document':
      return text.danglingDocument(value);
    case 'duplicate-id':
      return text.duplicateId(value);
    case 'future-time':
      return text.futureTime(new Date(Number(issue.params?.value)).toISOString().replace('T', ' ').slice(0, 16));
  }
  return text.schemaMessage(issue.message);
}

function describeValue(value: unknown, locale: Locale): string {
  const text = FILE_TEXT[locale].issues.value;
  if (value === undefined) return text.nothing;
  if (value === null) return 'null';
  if (Array.isArray(value)) return text.array;
  switch (typeof value) {
    case 'string':
      return text.string(quote(value));
    case 'number':
      return text.number(value);
    case 'boolean':
      return text.boolean(value);
    default:
      return text.object;
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
