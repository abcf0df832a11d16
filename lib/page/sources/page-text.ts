/**
 * Reading text of a paged document (pdf.js text layers, or the same pages read through the viewer's
 * API): one visual line per `\n`, pages in order. The report checker reads sentences and headings, so
 * this joins what the viewer split for layout only:
 * - lines of one paragraph are joined (a line break is kept after sentence-final punctuation, before a
 *   heading-like line, and after a line clearly shorter than the text column);
 * - page numbers (— 1 —, 第 1 页, 1/16) and headers/footers repeated on most pages are dropped;
 * - lines typeset with a space between every Han character are closed up.
 * Pure, so it is unit-tested and the same for text read from the DOM and from the viewer's API.
 */

/** A Han character or CJK punctuation / full-width form. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACED_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'g');
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;
const ENDS_WITH_CJK = new RegExp(`[${CJK}]$`);
const STARTS_WITH_CJK = new RegExp(`^[${CJK}]`);

const PAGE_NUMBER_LINES = [
  /^[-—–－_~·\s]*\d{1,4}[-—–－_~·\s]*$/, // 12, — 1 —, - 3 -
  /^第\s*\d{1,4}\s*页(\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/, // 第 1 页, 第1页 共16页
  /^(共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 1 / 16
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?；;：:…]["'”’」』）)】]*$/;
/** Lines that open a new block: 一、 （二） 1. 1、 第三部分 ● etc. */
const BLOCK_START = /^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十百\d]+[部章节条]|[●■◆▪•·※★☆]|[-—]{2})/;
/** A line this much shorter than the column is the end of a paragraph or a heading. */
const SHORT_LINE_RATIO = 0.8;

/** Close up a line typeset with spaces between Han characters ("党 组 织 书 记"), leave others alone. */
export function closeUpSpacedHan(line: string): string {
  const gaps = line.match(SPACED_CJK)?.length ?? 0;
  const han = line.match(HAN)?.length ?? 0;
  return gaps >= 3 && gaps * 2 >= han ? line.replace(SPACED_CJK, '') : line;
}

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_LINES.some((pattern) => pattern.test(line));
}

/** A header/footer candidate: digits folded so "第 3 页 共 16 页" lines compare equal across pages. */
const runningKey = (line: string) => line.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * The first and last lines that recur on most pages (≥ 3 pages and ≥ half of those read) are running
 * headers or footers, not report text.
 */
function runningLines(pages: readonly string[][]): Set<string> {
  if (pages.length < 3) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines[lines.length - 1]].filter((line) => line !== undefined).map(runningKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const running = new Set<string>();
  for (const [key, count] of counts) if (key && count >= 3 && count * 2 >= pages.length) running.add(key);
  return running;
}

/** The `share` quantile of `values` (0 when empty). */
function quantile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

/** The cleaned lines of each page: trimmed, spaced Han closed up, page numbers and running lines dropped. */
export function cleanPageLines(pages: readonly string[]): string[][] {
  const split = pages.map((page) =>
    page
      .split('\n')
      .map((line) => closeUpSpacedHan(line.trim()))
      .filter((line) => line.length > 0 && !isPageNumberLine(line)),
  );
  const running = runningLines(split);
  if (running.size === 0) return split;
  return split.map((lines) =>
    lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && running.has(runningKey(line)))),
  );
}

/** Whether the break between two visual lines is a real one (paragraph, heading) or only layout. */
function isBlockBreak(previous: string, next: string, column: number): boolean {
  if (SENTENCE_END.test(previous) || BLOCK_START.test(next)) return true;
  return previous.length < column * SHORT_LINE_RATIO;
}

/** Join two pieces of one paragraph: no space between Han text, one space between words. */
function joinLine(paragraph: string, line: string): string {
  return ENDS_WITH_CJK.test(paragraph) || STARTS_WITH_CJK.test(line) ? paragraph + line : `${paragraph} ${line}`;
}

/**
 * The reading text of pages given as lines (`\n`-separated, in order; unread pages left out by the
 * caller): paragraphs separated by `\n`. A paragraph may continue across a page break.
 */
export function readingTextOfPages(pages: readonly string[]): string {
  const lines = cleanPageLines(pages).flat();
  // The column width: lines inside paragraphs fill it, headings and paragraph ends fall short; a high
  // quantile rather than the maximum, so one overlong line does not set it.
  const column = quantile(lines.map((line) => line.length), 0.8);
  const paragraphs: string[] = [];
  let previous = '';
  for (const line of lines) {
    if (paragraphs.length === 0 || isBlockBreak(previous, line, column)) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] = joinLine(paragraphs[paragraphs.length - 1]!, line);
    previous = line;
  }
  return paragraphs.join('\n');
}
