import type { CompiledRuleset } from '@/lib/checker/compile';

/**
 * Sentence and clause ends: a finding spans one of these units, never a whole section. Most characters
 * are Han (between 。 U+3002 and ！ U+FF01), so two comparisons settle them.
 */
const isBreak = (c: number): boolean =>
  c < 0x3002 ? c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a
  : c === 0x3002 /* 。 */ || (c >= 0xff01 && (c === 0xff1b /* ； */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */));

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;

export interface Span {
  start: number;
  end: number;
}

/**
 * The sentence around `pos`, kept inside [lo, hi) and trimmed of spaces; its end excludes the stop mark.
 * Written into `into` when given: a hot loop reuses one span.
 */
export function sentenceAround(text: string, pos: number, lo: number, hi: number, into: Span = { start: 0, end: 0 }): Span {
  let start = pos;
  while (start > lo && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < hi && !isBreak(text.charCodeAt(end))) end++;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  into.start = start;
  into.end = end;
  return into;
}

/** The longest bracketed note after a sentence that still counts as the sentence's own. */
const MAX_NOTE_CHARS = 60;
/** Shorter notes are item numbers ((二), （十二）), not notes. */
const MIN_NOTE_CHARS = 4;

/**
 * Where a bracketed note right after the sentence's stop mark ends, on the same line (提高组织生活质量。
 * （牵头单位：组织办；完成时限：3月底）), or `end` when none follows: 整改清单 put a measure's owner and
 * deadline there, and they belong to the sentence before.
 */
export function trailingNoteEnd(text: string, end: number, hi: number): number {
  let i = end;
  if (i < hi && text.charCodeAt(i) !== 0x0a && isBreak(text.charCodeAt(i))) i++;
  while (i < hi && isSpace(text.charCodeAt(i))) i++;
  const open = text.charCodeAt(i);
  if (open !== 0xff08 /* （ */ && open !== 0x28 /* ( */) return end;
  const limit = Math.min(hi, i + 1 + MAX_NOTE_CHARS);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return end;
    if (c === 0xff09 /* ） */ || c === 0x29 /* ) */) return j - i - 1 >= MIN_NOTE_CHARS ? j + 1 : end;
  }
  return end;
}

/** Is this position the start of a sentence (or, stricter, of a paragraph)? */
export function startsUnit(text: string, pos: number, paragraph: boolean): boolean {
  let i = pos - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return paragraph ? c === 0x0a : isBreak(c);
}

/**
 * Item titles (一是加强队伍建设。 followed by its body on the same line) and run-in labels (激发队伍活力。)
 * summarise what follows; the sentences after them carry the claim, so rules judge those instead. A short
 * numbered item that is a whole line (五是村务公开还不够及时规范) is a claim and is judged.
 */
export function isTitleOrLabel(text: string, span: Span, compiled: CompiledRuleset): boolean {
  const { maxTitleChars, minSentenceChars } = compiled.ruleset.thresholds;
  const length = span.end - span.start;
  if (length < minSentenceChars) return true;
  const marker = compiled.marker;
  marker.lastIndex = span.start;
  return (
    marker.test(text) &&
    span.end - marker.lastIndex <= maxTitleChars &&
    lineGoesOn(text, span.end + 1) &&
    !hasClauseBreak(text, marker.lastIndex, span.end)
  );
}

/** A title of two clauses (加强…管理，拓宽…渠道) is a statement in its own right. */
function hasClauseBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c /* ， */ || c === 0x2c) return true;
  }
  return false;
}

/** Does the line carry on after `pos` (a run-in title with its body after it), or end there (a whole item)? */
function lineGoesOn(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) !== 0x0a;
}

/** Hoisted: a RegExp literal in the function would be a new object for every finding. */
const SPACES = /\s+/g;

/** Any character `\s` matches, tested by code: most excerpts have none, and then need no regex at all. */
export const isAnySpace = (c: number): boolean =>
  c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
  : c < 0xa0 ? false
  : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The span's text on one line (runs of spaces and line breaks as one space), cut to `max` characters. */
export function excerptOf(text: string, span: Span, max = 80): string {
  const end = Math.min(span.end, span.start + max * 4);
  let spaced = false;
  for (let i = span.start; i < end && !spaced; i++) spaced = isAnySpace(text.charCodeAt(i));
  const plain = text.slice(span.start, span.end);
  const s = spaced ? plain.replace(SPACES, ' ') : plain;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
