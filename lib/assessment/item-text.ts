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

/**
 * One item of a form section: the section's `itemTemplate` with its placeholders filled in a single
 * pass, so a comment that itself contains “{{quote}}” is printed as written, never expanded. An item
 * without a comment is its quote alone: templates are written around the comment (“——评语”,
 * “评语（针对“原文”）”), and their wording reads wrong without one.
 */
export function renderItem(template: FormSection['itemTemplate'], values: ItemValues): string {
  if (values.comment.trim() === '') return values.quote;
  return template.replace(/\{\{(quote|comment|tag|section)\}\}/g, (_, key: keyof ItemValues) => values[key]);
}
