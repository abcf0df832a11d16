import type { FormSection } from '@/lib/schema';

/** How long a quote may be in a form item. */
export const QUOTE_LIMIT = 40;

/** Punctuation that closes a clause and is dropped where the text continues inside another sentence. */
const CLAUSE_END = /[，。；、：,.;:]/u;
const SENTENCE_END = /[。！？!?…]$/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The passage as one line of at most `limit` characters, cut where a reader expects it: after whole
 * clauses (at ，。；…) when the first clause fits, else after whole words (Intl.Segmenter's dictionary
 * segmentation of Chinese), never inside a word or a surrogate pair. A cut quote ends with “…”;
 * trailing punctuation is dropped, since the quote sits inside the reviewer's own sentence.
 */
export function shortQuote(exact: string, limit = QUOTE_LIMIT): string {
  const line = exact.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  if (chars.length <= limit) return stripEnd(line);
  const budget = limit - 1; // room for the “…”
  let clauses = '';
  for (const clause of line.match(/[^，。；！？、：,.;!?:]+[，。；！？、：,.;!?:]?/gu) ?? []) {
    if (Array.from(clauses + clause).length > budget) break;
    clauses += clause;
  }
  if (Array.from(stripEnd(clauses)).length >= budget / 2) return `${stripEnd(clauses)}…`;
  let cut = '';
  for (const { segment } of words.segment(line)) {
    if (Array.from(cut + segment).length > budget) break;
    cut += segment;
  }
  // A single "word" longer than the budget (a long number, a run of Latin letters): cut it by characters.
  if (cut === '') cut = chars.slice(0, budget).join('');
  return `${stripEnd(cut)}…`;
}

function stripEnd(text: string): string {
  let end = text.trimEnd();
  while (end && CLAUSE_END.test(end.at(-1)!)) end = end.slice(0, -1).trimEnd();
  return end;
}

/** Ends `text` with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || SENTENCE_END.test(trimmed)) return trimmed;
  return `${stripEnd(trimmed)}。`;
}

export interface ItemValues {
  quote: string;
  comment: string;
  tag: string;
  section: string;
}

/**
 * One item of a form section as a complete sentence: the section's `itemTemplate` with its
 * placeholders filled in a single pass (a comment that itself contains “{{quote}}” is printed as
 * written), ending in a full stop. An item without a comment is its quote alone, as a sentence, or
 * nothing where the section takes only commented items (意见建议 is the reviewer's advice, not the
 * report's own measures).
 */
export function renderItem(section: Pick<FormSection, 'itemTemplate' | 'commentedOnly'>, values: ItemValues): string | null {
  if (values.comment.trim() === '') return section.commentedOnly ? null : asSentence(values.quote);
  const comment = stripEnd(values.comment.trim());
  return asSentence(
    section.itemTemplate.replace(/\{\{(quote|comment|tag|section)\}\}/g, (_, key: keyof ItemValues) => (key === 'comment' ? comment : values[key])),
  );
}
