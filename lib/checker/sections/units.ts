import type { CompiledRuleset } from '@/lib/checker/compile';
import type { BoundaryKind } from '@/lib/checker/ruleset-schema';

/** A sentence, clause-ending line or heading: the step in which the report is read for its parts. */
export interface Unit {
  start: number;
  /** Exclusive; includes the stop mark. */
  end: number;
  boundary: BoundaryKind;
  heading: { rank: number; title: string } | null;
  /** Ends with a colon: announces what follows (今年主要干了这几件事：). */
  lead: boolean;
  /** The part its heading title or turn phrase names (a decoder state), or -1; set when scored. */
  named: number;
}

const isStop = (c: number) =>
  c === 0x3002 /* 。 */ || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
const isColon = (c: number) => c === 0xff1a || c === 0x3a;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
/** A colon-ended label this short at a paragraph start is a heading (产生原因：), not a sentence. */
const LEAD_HEADING_CHARS = 10;
const TRAILING_MARKS = /[。！？；：:!?;\s】]+$/;

/**
 * Splits the text into units. A unit ends at a sentence mark, a colon or a line end. A numbered title
 * followed by spaces and more text (…教育管理。 二、 存在问题及原因 3、一是…, as flattened text has it)
 * ends at the spaces, so headings in the middle of a line are still headings.
 */
export function splitUnits(text: string, compiled: CompiledRuleset): Unit[] {
  const { maxHeadingChars, itemRank, plainHeadingRank } = compiled.ruleset.sections;
  const numbering = findNumbering(text, compiled);
  let next = 0;
  const units: Unit[] = [];
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
    while (next < numbering.length && numbering[next]!.start < start) next++;
    const marker = next < numbering.length && numbering[next]!.start === start ? numbering[next]! : null;
    if (marker) {
      rank = marker.rank;
      titleStart = marker.end;
      while (titleStart < n && isSpace(text.charCodeAt(titleStart))) titleStart++;
    }
    let end = titleStart;
    let cut = -1;
    const bracket = marker !== null && text.charCodeAt(start) === 0x3010; // 【
    while (end < n) {
      c = text.charCodeAt(end);
      if (c === 0x0a) break;
      if (isStop(c) || isColon(c) || (bracket && c === 0x3011)) {
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
    let heading: Unit['heading'] = null;
    if (rank >= 0 && rank < itemRank) {
      const title = text.slice(titleStart, trimmed).replace(TRAILING_MARKS, '');
      if (title.length > 0 && title.length <= maxHeadingChars) heading = { rank, title };
    } else if (rank < 0 && paragraph && !lead && !isStop(last) && trimmed - start <= maxHeadingChars && endsLine(text, trimmed)) {
      heading = { rank: plainHeadingRank, title: text.slice(start, trimmed) };
    } else if (rank < 0 && paragraph && lead && trimmed - start <= LEAD_HEADING_CHARS) {
      // A run-in label: 产生原因：… / 存在问题：
      heading = { rank: plainHeadingRank, title: text.slice(start, trimmed - 1) };
    }
    units.push({ start, end: trimmed, boundary: paragraph || rank >= 0 ? 'paragraph' : 'sentence', heading, lead, named: -1 });
    afterStop = isStop(last) || cut >= 0;
    paragraph = cut >= 0;
    i = end;
  }
  let top = Infinity;
  for (const u of units) if (u.heading && u.heading.rank < top) top = u.heading.rank;
  for (const u of units) if (u.heading) u.boundary = u.heading.rank === top ? 'top' : 'sub';
  return units;
}

interface Numbering {
  start: number;
  end: number;
  rank: number;
}

/** Every numbering in the text, in one pass (cheaper than asking at each sentence start). */
function findNumbering(text: string, compiled: CompiledRuleset): Numbering[] {
  const { scan, groups } = compiled.markerFind;
  const ranks = compiled.ruleset.sections.markers.map((m) => m.rank);
  const out: Numbering[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    let g = 0;
    while (g < groups.length && m[groups[g]!] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, rank: ranks[g]! });
  }
  return out;
}

/** Where numbering deeper than `rank` starts within a heading's reach after `from`, or -1. */
function innerMarker(text: string, from: number, rank: number, compiled: CompiledRuleset): number {
  const { markerScan } = compiled;
  const { maxHeadingChars, markers } = compiled.ruleset.sections;
  for (let k = from + 2; k <= from + maxHeadingChars && k < text.length; k++) {
    markerScan.scan.lastIndex = k;
    const m = markerScan.scan.exec(text);
    if (!m) continue;
    const g = markerScan.groups.findIndex((group) => m[group] !== undefined);
    if (markers[g]!.rank > rank) return k;
  }
  return -1;
}

function endsLine(text: string, pos: number): boolean {
  let k = pos;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k >= text.length || text.charCodeAt(k) === 0x0a;
}
