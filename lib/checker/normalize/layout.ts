/*
 * Layout noise that text taken from a page carries: page furniture (— 1 —, 第 3 页 共 16 页), Han
 * characters spaced out by a PDF text layer (党 组 织 书 记), and lines broken at every visual line.
 * Each function marks characters to drop in `drop` (1 = not read by the checker); nothing is rewritten.
 */
import { firstCharMask } from '@/lib/checker/first-chars';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;

/** A whole line of page furniture: — 1 —, - 3 -, 第 3 页 共 16 页, 3/16. */
const FURNITURE_LINE =
  /^(?:[—–\-－~～]{1,2}[^\S\n]*[0-9０-９]{1,4}[^\S\n]*[—–\-－~～]{1,2}|第[^\S\n]*[0-9０-９]{1,4}[^\S\n]*页(?:[^\S\n]*[,，/／]?[^\S\n]*共[^\S\n]*[0-9０-９]{1,4}[^\S\n]*页)?|[0-9０-９]{1,4}[^\S\n]*[/／][^\S\n]*[0-9０-９]{1,4})$/;
/** The longest line that can be furniture; longer lines are not tested. */
const FURNITURE_MAX = 24;
/** What a furniture line can start with (read from FURNITURE_LINE): other lines are not sliced and tested. */
const FURNITURE_FIRST = firstCharMask(FURNITURE_LINE.source);
/** Mid-line furniture, in text whose line breaks were lost: only the shapes nothing else takes. */
const FURNITURE_INLINE =
  /(?:[—–－][^\S\n]+[0-9０-９]{1,4}[^\S\n]+[—–－]|第[^\S\n]*[0-9０-９]{1,4}[^\S\n]*页[^\S\n]*[,，/／]?[^\S\n]*共[^\S\n]*[0-9０-９]{1,4}[^\S\n]*页)/g;

export function markPageFurniture(text: string, drop: Uint8Array): boolean {
  let any = false;
  for (let from = 0; from < text.length; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let a = from;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a && b - a <= FURNITURE_MAX && FURNITURE_FIRST[text.charCodeAt(a)] === 1 && FURNITURE_LINE.test(text.slice(a, b))) {
      drop.fill(1, from, Math.min(text.length, end + 1));
      any = true;
    }
    from = end + 1;
  }
  FURNITURE_INLINE.lastIndex = 0;
  for (let m = FURNITURE_INLINE.exec(text); m; m = FURNITURE_INLINE.exec(text)) {
    let start = m.index;
    while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
    drop.fill(1, start, m.index + m[0].length);
    any = true;
  }
  return any;
}

const isHanOrMark = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff1f) || c === 0x201c || c === 0x201d;
const isGap = (c: number) => c === 0x20 || c === 0x3000;
/** Three or more single Han characters (or marks) each followed by one space: a spaced-out line. */
const SPACED = /(?:[\u4e00-\u9fff\u3000-\u303f\uff01-\uff1f“”][ \u3000]){3,}[\u4e00-\u9fff\u3000-\u303f\uff01-\uff1f“”]/g;

export function markSpacedHan(text: string, drop: Uint8Array): boolean {
  let any = false;
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole tokens only: 全镇 个 行政村 is words with a gap, not spaced-out characters.
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x0a;
    if (isHanOrMark(before) && !isGap(before)) continue;
    for (let i = start + 1; i < end; i += 2) drop[i] = 1;
    any = true;
  }
  return any;
}

/**
 * Table cells a viewer set one paragraph each (a docx preview's innerText: each cell's text on its own
 * line, a line holding only the tab between cells) go back on one line per row, cells split by tabs, as
 * a plain HTML table reads: the line breaks and spaces around each tab-only line are dropped.
 */
export function markTableCellBreaks(text: string, drop: Uint8Array): boolean {
  let any = false;
  for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) {
    let before = tab;
    while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
    let after = tab + 1;
    while (after < text.length && isBlank(text.charCodeAt(after))) after++;
    // Only a tab alone on its line, between text (or other cells' tabs) on both sides.
    if (before === 0 || after === text.length || !hasLineEnd(text, before, tab) || !hasLineEnd(text, tab + 1, after)) continue;
    drop.fill(1, before, tab);
    drop.fill(1, tab + 1, after);
    any = true;
  }
  return any;
}

function hasLineEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Line breaks and spaces, not tabs: what lies between a docx preview's cell and the tab after it. */
const isBlank = (c: number) => c === 0x0a || c === 0x20 || c === 0x0d || c === 0x3000 || c === 0xa0;

/** Sentence-final or closing marks: a line ending in one of these ends where the writer ended it. */
const TERMINAL = new Set([...'。！？；：:!?;…”’」』）)】》'].map((c) => c.charCodeAt(0)));
/** A line that starts with numbering starts a new item even if the line before it looks wrapped. */
const NUMBERED = /^(?:第[一二三四五六七八九十]+(?:部分|章|节)|[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]{1,2}[、.．]|[①-⑳]|#|【)/;

const isTerminal = (c: number) => TERMINAL.has(c);

/** Cheap first look at up to 400 lines: wrapped text has many long lines that end mid-sentence. */
function mayBeWrapped(text: string): boolean {
  let open = 0;
  let lines = 0;
  for (let from = 0; from < text.length && lines < 400; lines++) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    let to = end;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to - from >= 12 && !isTerminal(text.charCodeAt(to - 1))) open++;
    from = end + 1;
  }
  return open >= 5 && open >= lines * 0.2;
}

/**
 * Joins lines that a viewer broke at the page width. A text is hard-wrapped when most of its full-width
 * lines (at least 85% of the usual long line) end without a closing mark, and they are a good share of
 * all lines; then such a line runs on into the next one unless that one starts with numbering.
 */
export function markWrappedLines(text: string, drop: Uint8Array): boolean {
  if (!mayBeWrapped(text)) return false;
  // Each line trimmed of spaces and dropped characters, as [from, to) pairs; blank lines are left out.
  const bounds: number[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let from = lineStart;
    let to = end;
    while (from < to && (drop[from] || isSpace(text.charCodeAt(from)))) from++;
    while (to > from && (drop[to - 1] || isSpace(text.charCodeAt(to - 1)))) to--;
    if (from < to) bounds.push(from, to);
    lineStart = end + 1;
  }
  const count = bounds.length / 2;
  if (count < 6) return false;
  const lengths = new Int32Array(count);
  for (let k = 0; k < count; k++) lengths[k] = bounds[2 * k + 1]! - bounds[2 * k]!;
  const usual = lengths.slice().sort()[Math.floor(count * 0.8)]!;
  const full = Math.max(12, Math.floor(usual * 0.85));
  // A table row (cells split by tabs) is never a wrapped line.
  const isOpen = (k: number) =>
    lengths[k]! >= full && !isTerminal(text.charCodeAt(bounds[2 * k + 1]! - 1)) && !text.slice(bounds[2 * k]!, bounds[2 * k + 1]!).includes('\t');
  let wide = 0;
  let open = 0;
  for (let k = 0; k < count; k++) {
    if (lengths[k]! < full) continue;
    wide++;
    if (isOpen(k)) open++;
  }
  // Wrapped text: many full-width lines end mid-sentence. A short report whose longest lines are its
  // headings is not wrapped.
  if (open < 5 || open < wide * 0.6 || open < count * 0.25) return false;
  for (let k = 0; k + 1 < count; k++) {
    const next = bounds[2 * k + 2]!;
    if (!isOpen(k) || NUMBERED.test(text.slice(next, next + 8))) continue;
    drop.fill(1, bounds[2 * k + 1]!, next);
  }
  return true;
}
