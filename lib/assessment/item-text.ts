import type { FormSection } from '@/lib/schema';

/** How long a quote may be in a form item before it is cut with “…”. */
export const QUOTE_LIMIT = 40;

/** The passage as one line, cut to `limit` characters (code points, so no half surrogate pair). */
export function shortQuote(exact: string, limit = QUOTE_LIMIT): string {
  const chars = Array.from(exact.replace(/\s+/g, ' ').trim());
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`;
}

export interface ItemValues {
  quote: string;
  comment: string;
  tag: string;
  section: string;
}

/** Separators a template puts between its parts (——, ：, ，…), dropped where an empty comment leaves them dangling. */
const DANGLING = /^[\s—–\-:：,，;；、]+|[\s—–\-:：,，;；、]+$/g;

/**
 * One item of a form section: the section's `itemTemplate` with its placeholders filled in a single
 * pass, so a comment that itself contains “{{quote}}” is printed as written, never expanded. An item
 * without a comment keeps its quote but loses the separator that would point at nothing.
 */
export function renderItem(template: FormSection['itemTemplate'], values: ItemValues): string {
  const filled = template.replace(/\{\{(quote|comment|tag|section)\}\}/g, (_, key: keyof ItemValues) => values[key]);
  return values.comment.trim() === '' ? filled.replace(DANGLING, '') : filled;
}
