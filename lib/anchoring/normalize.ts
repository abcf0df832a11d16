/**
 * Text normalisation for matching (anchoring and document identity).
 *
 * Viewers of the same report disagree on incidental characters: pdf.js and docx previews insert or drop
 * spaces (also between Han characters), OA editors turn ASCII into full-width forms and straight quotes
 * into curly ones. Matching therefore runs on a folded copy of the text, and `toRaw` maps every folded
 * position back to the raw text so a match can be turned into a DOM range.
 */

/** Folded text plus, for each folded UTF-16 unit, the raw index of the code point it came from. */
export interface NormalizedText {
  readonly text: string;
  /** Length `text.length + 1`; the last entry is the raw text's length. */
  readonly toRaw: Uint32Array;
}

/** Quote and dash variants that NFKC leaves distinct but authors and editors use interchangeably. */
const PUNCTUATION_VARIANTS: ReadonlyMap<number, string> = new Map(
  [
    ['\u201C\u201D\u201E\u201F\u2033\u301D\u301E\u301F', '"'],
    ['\u2018\u2019\u201A\u201B\u2032', "'"],
    ['\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-'],
  ].flatMap(([variants, folded]) => [...variants!].map((c) => [c.codePointAt(0)!, folded!] as const)),
);

/** Invisible characters that some viewers sprinkle into text (zero-width joiners, soft hyphens, BOM). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
const WHITESPACE = /\s/;

/**
 * Builds the folded string from its UTF-16 units in one native call (several times faster than
 * chunked `String.fromCharCode`). A lone surrogate becomes U+FFFD, one unit for one, so offsets hold.
 */
const UTF16 = new TextDecoder('utf-16le');

/** Per-code-point fold results; the set of distinct code points on a page is small, so this stays small. */
const foldCache = new Map<number, string>();

/** Fold one code point: NFKC, then punctuation variants, then drop whitespace/invisibles (→ ''). */
function foldCodePoint(codePoint: number): string {
  let folded = foldCache.get(codePoint);
  if (folded !== undefined) return folded;
  folded = '';
  for (const char of String.fromCodePoint(codePoint).normalize('NFKC')) {
    if (WHITESPACE.test(char) || INVISIBLE.test(char)) continue;
    folded += PUNCTUATION_VARIANTS.get(char.codePointAt(0)!) ?? char;
  }
  foldCache.set(codePoint, folded);
  return folded;
}

/** Characters NFKC maps to themselves and that are neither whitespace nor punctuation variants. */
function isFoldInvariant(code: number): boolean {
  return (
    (code > 0x20 && code < 0x7f) || // printable ASCII
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3001 && code <= 0x3002) // 、。
  );
}

/**
 * Normalise `raw` for matching: per-code-point NFKC (full/half width), quote and dash variants unified,
 * all whitespace and zero-width characters removed.
 *
 * NFKC is applied per code point rather than to the whole string so the offset map stays exact; the
 * only cost is that decomposed combining sequences are not composed, which does not occur in Chinese
 * reports in practice. Common characters take a fast path without a cache lookup.
 */
export function normalizeForMatching(raw: string): NormalizedText {
  return fold(raw, true);
}

/** Normalise when no offset map is needed (quotes, contexts, document fingerprints): skips its writes. */
export function normalizeString(raw: string): string {
  return fold(raw, false).text;
}

function fold(raw: string, withOffsets: boolean): NormalizedText {
  // Plain locals, no closures: captured mutable variables would be context-allocated and slow the loop.
  let units: Uint16Array = new Uint16Array(raw.length + 16);
  let toRaw: Uint32Array = new Uint32Array(withOffsets ? raw.length + 17 : 0);
  let length = 0;

  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isFoldInvariant(code)) {
      if (length === units.length) [units, toRaw] = grown(units, toRaw, length + 1);
      if (withOffsets) toRaw[length] = i;
      units[length++] = code;
      continue;
    }
    const codePoint = raw.codePointAt(i)!;
    const folded = foldCodePoint(codePoint);
    if (length + folded.length > units.length) [units, toRaw] = grown(units, toRaw, length + folded.length);
    for (let k = 0; k < folded.length; k++) {
      if (withOffsets) toRaw[length] = i;
      units[length++] = folded.charCodeAt(k);
    }
    if (codePoint > 0xffff) i++;
  }
  if (withOffsets) toRaw[length] = raw.length;
  return { text: UTF16.decode(units.subarray(0, length)), toRaw: toRaw.subarray(0, withOffsets ? length + 1 : 0) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Raw characters folded between two questions whether the slice has time left. */
const PIECE = 32_768;
/** The first piece, each next one twice as long up to {@link PIECE}: folding is many times slower until optimised. */
const FIRST_PIECE = 1_024;

/**
 * {@link normalizeForMatching} of a long text in slices (`more`: time left in this slice; `next`: wait
 * for another). Folding is per code point, so folding pieces (never splitting a surrogate pair) and
 * joining them gives exactly the whole text's result.
 */
export async function normalizeForMatchingInSlices(raw: string, more: () => boolean, next: () => Promise<() => boolean>): Promise<NormalizedText> {
  const parts: { from: number; folded: NormalizedText }[] = [];
  for (let from = 0, piece = FIRST_PIECE; from < raw.length; piece = Math.min(PIECE, piece * 2)) {
    if (parts.length > 0 && !more()) more = await next();
    let to = Math.min(raw.length, from + piece);
    if (to < raw.length && isHighSurrogate(raw.charCodeAt(to - 1))) to--;
    parts.push({ from, folded: fold(raw.slice(from, to), true) });
    from = to;
  }
  if (parts.length <= 1) return parts[0]?.folded ?? normalizeForMatching(raw);
  const length = parts.reduce((sum, p) => sum + p.folded.text.length, 0);
  const toRaw = new Uint32Array(length + 1);
  let at = 0;
  for (const { from, folded } of parts) {
    // Joining is a pass over the whole text too: in slices as well.
    if (!more()) more = await next();
    const n = folded.text.length;
    for (let i = 0; i < n; i++) toRaw[at + i] = folded.toRaw[i]! + from;
    at += n;
  }
  toRaw[length] = raw.length;
  return { text: parts.map((p) => p.folded.text).join(''), toRaw };
}

/** The first index of `toRaw` (without its last entry) whose raw offset is at least `offset`. */
function firstAtOrAfter(toRaw: Uint32Array, count: number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (toRaw[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * {@link normalizeForMatching} of `raw`, given the result for `previousRaw`, a text it was edited from
 * (a clock ticking on a large page): only the part between their common start and common end is folded
 * again. Exact, since folding is per code point; costs a comparison of the two texts and a copy of the
 * offset map, not the folding of the whole text.
 */
export function normalizeEdited(previousRaw: string, previous: NormalizedText, raw: string): NormalizedText {
  const shortest = Math.min(previousRaw.length, raw.length);
  let head = 0;
  while (head < shortest && previousRaw.charCodeAt(head) === raw.charCodeAt(head)) head++;
  if (head > 0 && isHighSurrogate(raw.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < shortest - head && previousRaw.charCodeAt(previousRaw.length - 1 - tail) === raw.charCodeAt(raw.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(raw.charCodeAt(raw.length - tail))) tail--;

  const count = previous.text.length;
  const headUnits = firstAtOrAfter(previous.toRaw, count, head);
  const tailUnits = firstAtOrAfter(previous.toRaw, count, previousRaw.length - tail);
  const middle = fold(raw.slice(head, raw.length - tail), true);
  const length = headUnits + middle.text.length + (count - tailUnits);
  const toRaw = new Uint32Array(length + 1);
  toRaw.set(previous.toRaw.subarray(0, headUnits));
  for (let i = 0; i < middle.text.length; i++) toRaw[headUnits + i] = middle.toRaw[i]! + head;
  const shift = raw.length - previousRaw.length;
  const tailAt = headUnits + middle.text.length;
  for (let i = tailUnits; i < count; i++) toRaw[tailAt + i - tailUnits] = previous.toRaw[i]! + shift;
  toRaw[length] = raw.length;
  return { text: previous.text.slice(0, headUnits) + middle.text + previous.text.slice(tailUnits), toRaw };
}

/** Reallocate the output buffers (only NFKC expansions such as … → ... can outgrow the input). */
function grown(units: Uint16Array, toRaw: Uint32Array, needed: number): [Uint16Array, Uint32Array] {
  const capacity = Math.max(units.length * 2, needed);
  const biggerUnits = new Uint16Array(capacity);
  biggerUnits.set(units);
  const biggerToRaw = new Uint32Array(toRaw.length === 0 ? 0 : capacity + 1);
  biggerToRaw.set(toRaw);
  return [biggerUnits, biggerToRaw];
}


/**
 * Map a folded span `[start, end)` back to raw offsets. The end is placed right after the raw code
 * point that produced the last folded unit, so whitespace that followed it in the raw text is not
 * swallowed into the range.
 */
export function toRawSpan(
  normalized: NormalizedText,
  raw: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const rawStart = normalized.toRaw[start]!;
  if (end <= start) return { start: rawStart, end: rawStart };
  const lastRaw = normalized.toRaw[end - 1]!;
  const code = raw.charCodeAt(lastRaw);
  const width = code >= 0xd800 && code <= 0xdbff && lastRaw + 1 < raw.length ? 2 : 1;
  return { start: rawStart, end: lastRaw + width };
}

/** Map a raw offset to the first folded position at or after it (binary search over `toRaw`). */
export function toNormalizedOffset(normalized: NormalizedText, rawOffset: number): number {
  const { toRaw } = normalized;
  let low = 0;
  let high = toRaw.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (toRaw[mid]! < rawOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}
