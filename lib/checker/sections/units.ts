import type { CompiledRuleset } from '@/lib/checker/compile';
import { BOUNDARIES } from '@/lib/checker/ruleset-schema';
import { isAnySpace } from '@/lib/checker/sentences';

/** Where a unit sits, as an index into `BOUNDARIES` (top, sub, turn, paragraph, sentence). */
export const TOP = BOUNDARIES.indexOf('top');
export const SUB = BOUNDARIES.indexOf('sub');
export const TURN = BOUNDARIES.indexOf('turn');
export const PARAGRAPH = BOUNDARIES.indexOf('paragraph');
export const SENTENCE = BOUNDARIES.indexOf('sentence');

/**
 * The units of a text: sentences, colon-ending leads and headings, the steps in which the report is read
 * for its parts. Stored column-wise in typed arrays: a report of megabytes has hundreds of thousands.
 */
export class Units {
  count = 0;
  start: Int32Array;
  /** Exclusive; includes the stop mark. */
  end: Int32Array;
  boundary: Uint8Array;
  /** Ends with a colon: announces what follows (今年主要干了这几件事：). */
  lead: Uint8Array;
  /** The part its heading title or turn phrase names (a decoder state), or -1; set when scored. */
  named: Int8Array;
  /** Which entry of `titles` is the unit's heading title, or -1 (typed, so a unit costs no object). */
  headingOf: Int32Array;
  /** The heading's numbering rank, where `headingOf` is set. */
  headingRank: Float64Array;
  readonly titles: string[] = [];

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.boundary = new Uint8Array(capacity);
    this.lead = new Uint8Array(capacity);
    this.named = new Int8Array(capacity).fill(-1);
    this.headingOf = new Int32Array(capacity).fill(-1);
    this.headingRank = new Float64Array(capacity);
  }

  /** The heading title of unit `k`, or null. */
  title(k: number): string | null {
    const i = this.headingOf[k]!;
    return i < 0 ? null : this.titles[i]!;
  }

  heading(k: number): { rank: number; title: string } | undefined {
    const title = this.title(k);
    return title === null ? undefined : { rank: this.headingRank[k]!, title };
  }

  setHeading(k: number, rank: number, title: string): void {
    this.headingOf[k] = this.titles.length;
    this.titles.push(title);
    this.headingRank[k] = rank;
  }

  push(start: number, end: number, boundary: number, lead: boolean): number {
    if (this.count === this.start.length) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.boundary[k] = boundary;
    this.lead[k] = lead ? 1 : 0;
    return k;
  }

  private grow() {
    const size = this.start.length * 2 + 16;
    const copy = <T extends Int32Array | Uint8Array | Int8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.boundary = copy(this.boundary, (n) => new Uint8Array(n));
    this.lead = copy(this.lead, (n) => new Uint8Array(n));
    this.named = copy(this.named, (n) => new Int8Array(n).fill(-1));
    this.headingOf = copy(this.headingOf, (n) => new Int32Array(n).fill(-1));
    this.headingRank = copy(this.headingRank, (n) => new Float64Array(n));
  }
}

const isStop = (c: number) =>
  c === 0x3002 /* 。 */ || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
const isColon = (c: number) => c === 0xff1a || c === 0x3a;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
/** `ENDS[code]`: the characters a unit ends at (line end) or after (stops, colons), 0 for the rest; one load per character of the hot loop. */
const LINE_END = 1;
const ENDS_AFTER = 2;
const ENDS = new Uint8Array(0x10000);
ENDS[0x0a] = LINE_END;
for (let c = 0; c < 0x10000; c++) if (isStop(c) || isColon(c)) ENDS[c] = ENDS_AFTER;
/** A colon-ended label this short at a paragraph start is a heading (产生原因：), not a sentence. */
const LEAD_HEADING_CHARS = 10;
/** What a heading title does not end with (。！？；：:!?;】 and any `\s`), tested by code: no RegExp per heading. */
const isTrailingMark = (c: number): boolean =>
  isStop(c) || isColon(c) || c === 0x3011 /* 】 */ || isAnySpace(c);

/**
 * Splits the text into units. A unit ends at a sentence mark, a colon or a line end. A numbered title
 * followed by spaces and more text (…教育管理。 二、 存在问题及原因 3、一是…, as flattened text has it)
 * ends at the spaces, so headings in the middle of a line are still headings.
 */
export function splitUnits(text: string, compiled: CompiledRuleset): Units {
  const { maxHeadingChars, itemRank, plainHeadingRank } = compiled.ruleset.sections;
  const markers = compiled.markers;
  const ranks = compiled.ruleset.sections.markers.map((m) => m.rank);
  const units = new Units(Math.max(16, text.length >> 4));
  const n = text.length;
  let i = 0;
  let paragraph = true;
  let afterStop = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 0x0a) {
      paragraph = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      // Spaces after a full stop, in text whose line breaks were lost, separate paragraphs.
      if (afterStop) paragraph = true;
      i++;
      continue;
    }
    const start = i;
    let rank = -1;
    let titleStart = start;
    // Numbering is asked for only where a unit starts: no numbering can span a unit's end (a line end,
    // a stop or a colon), so a scan of the whole text would find the same ones there.
    const marker = markers.next(text, start, start + 1) && markers.end > start;
    if (marker) {
      rank = ranks[markers.entry]!;
      titleStart = markers.end;
      while (titleStart < n && isSpace(text.charCodeAt(titleStart))) titleStart++;
    }
    let end = titleStart;
    let cut = -1;
    const bracket = marker && text.charCodeAt(start) === 0x3010; // 【
    while (end < n) {
      c = text.charCodeAt(end);
      const ends = ENDS[c];
      if (ends === LINE_END) break;
      if (ends === ENDS_AFTER || (bracket && c === 0x3011)) {
        end++;
        break;
      }
      // A numbered title ends at a run of spaces followed by more text (a flattened heading).
      if (rank >= 0 && rank < itemRank && isSpace(c) && end - titleStart >= 2 && end - titleStart <= maxHeadingChars) {
        let k = end;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        if (k < n && text.charCodeAt(k) !== 0x0a) {
          cut = end;
          break;
        }
      }
      end++;
    }
    // Lines run together (二、存在问题（一）组织生活…): the title ends where deeper numbering starts.
    if (cut < 0 && rank >= 0 && rank < itemRank && end - titleStart > maxHeadingChars) cut = innerMarker(text, titleStart, rank, compiled);
    if (cut >= 0) end = cut;
    let trimmed = end;
    while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    const last = text.charCodeAt(trimmed - 1);
    const lead = isColon(last);
    let heading: { rank: number; title: string } | null = null;
    if (rank >= 0 && rank < itemRank) {
      let titleEnd = trimmed;
      while (titleEnd > titleStart && isTrailingMark(text.charCodeAt(titleEnd - 1))) titleEnd--;
      const title = text.slice(titleStart, titleEnd);
      if (title.length > 0 && title.length <= maxHeadingChars) heading = { rank, title };
    } else if (rank < 0 && paragraph && !lead && !isStop(last) && trimmed - start <= maxHeadingChars && endsLine(text, trimmed)) {
      heading = { rank: plainHeadingRank, title: text.slice(start, trimmed) };
    } else if (rank < 0 && paragraph && lead && trimmed - start <= LEAD_HEADING_CHARS) {
      // A run-in label: 产生原因：… / 存在问题：
      heading = { rank: plainHeadingRank, title: text.slice(start, trimmed - 1) };
    }
    const k = units.push(start, trimmed, paragraph || rank >= 0 ? PARAGRAPH : SENTENCE, lead);
    if (heading) units.setHeading(k, heading.rank, heading.title);
    afterStop = isStop(last) || cut >= 0;
    paragraph = cut >= 0;
    i = end;
  }
  // The report's own title (a plain first line: 述职报告) outranks no part: under it, the first level of
  // numbered headings (1. 主要做法 … 3. 深层次原因) is the top, whose names the items under it keep.
  const titleLine = units.count > 0 && units.headingOf[0]! >= 0 && units.headingRank[0] === plainHeadingRank ? 0 : -1;
  let top = Infinity;
  for (let k = 0; k < units.count; k++) if (k !== titleLine && units.headingOf[k]! >= 0 && units.headingRank[k]! < top) top = units.headingRank[k]!;
  if (top === Infinity && titleLine === 0) top = plainHeadingRank;
  for (let k = 0; k < units.count; k++) if (units.headingOf[k]! >= 0) units.boundary[k] = units.headingRank[k] === top ? TOP : SUB;
  return units;
}

/**
 * Where numbering deeper than `rank` starts within a heading's reach after `from`, at least two title
 * characters in, or -1. Numbering is read from `from` on and stepped over whole, as a scan of the whole
 * text reads it: 3） inside （3） is not numbering of its own.
 */
function innerMarker(text: string, from: number, rank: number, compiled: CompiledRuleset): number {
  const scan = compiled.markers;
  const { maxHeadingChars, markers } = compiled.ruleset.sections;
  const reach = Math.min(from + maxHeadingChars, text.length - 1);
  for (let k = from; k <= reach; k++) {
    if (!scan.next(text, k, k + 1) || scan.end <= k) continue;
    if (k >= from + 2 && markers[scan.entry]!.rank > rank) return k;
    k = scan.end - 1;
  }
  return -1;
}

function endsLine(text: string, pos: number): boolean {
  let k = pos;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k >= text.length || text.charCodeAt(k) === 0x0a;
}
