import type { CompiledRuleset } from '@/lib/checker/compile';
import { kindOfState } from '@/lib/checker/sections/states';
import { titleKinds } from '@/lib/checker/sections/score-units';
import type { Section, SectionKind } from '@/lib/checker/types';

/** What a table column holds, by its header: 问题, 原因 or 措施, a measure's owner or deadline, or other facts. */
type Column = Exclude<SectionKind, 'achievement'> | 'plan' | 'plain';

interface Cell {
  start: number;
  end: number;
}

interface Row {
  start: number;
  end: number;
  /** Trimmed; an empty cell is an empty span. */
  cells: Cell[];
}

const isSpace = (c: number) => c === 0x20 || c === 0x0d || c === 0x3000 || c === 0xa0;

/** A stretch of text a rule judges as one part; a table cell also says where its facts are. */
export interface JudgedSection extends Section {
  /** A table cell: its text is the claim, however short (部分党员不积极), not a label. */
  cell?: boolean;
  /** The cell's facts run on to here, over the plain cells after it (涉及单位, 数量). */
  evidenceEnd?: number;
  /** A measure's row names its owner or deadline in a plan column (张华, 2027年3月). */
  planned?: boolean;
}

/**
 * The sections rules judge, with tables read by their columns. A 问题清单 or 整改台账 (问题表现 | 原因 |
 * 整改措施 | 责任人 | 完成时限) holds all parts in every row: each cell under a part's column is judged as
 * that part, alone: the plain cells right after it (涉及单位, 数量) count as its evidence, and a measure
 * whose row names an owner or a deadline in a plan column is concrete. A row would otherwise be one
 * sentence, and the deadline of its measure would clear its vague problem. Tables whose header names no
 * part are left to the parts around them.
 */
export function tableCellSections(text: string, sections: readonly Section[], compiled: CompiledRuleset): readonly JudgedSection[] {
  if (!text.includes('\t')) return sections;
  const carved: JudgedSection[] = [];
  const spans: Cell[] = [];
  for (const table of findTables(text)) {
    const header = table[0]!.cells.map((cell) => text.slice(cell.start, cell.end));
    if (!header.every(isColumnName)) continue;
    const columns = header.map((name) => columnOf(name, compiled));
    if (!columns.some((c) => c !== 'plan' && c !== 'plain')) continue;
    spans.push({ start: table[0]!.start, end: table[table.length - 1]!.end });
    for (const row of table.slice(1)) carved.push(...cellSections(text, row, columns, compiled));
  }
  if (spans.length === 0) return sections;
  return [...withoutSpans(sections, spans), ...carved].sort((a, b) => a.start - b.start);
}

function cellSections(text: string, row: Row, columns: readonly Column[], compiled: CompiledRuleset): JudgedSection[] {
  const out: JudgedSection[] = [];
  const columnAt = (i: number): Column => columns[i] ?? 'plain';
  const filled = (cell: Cell) => cell.end > cell.start;
  row.cells.forEach((cell, i) => {
    const kind = columnAt(i);
    if (kind === 'plan' || kind === 'plain' || !filled(cell)) return;
    const section: JudgedSection = { kind, start: cell.start, end: cell.end, cell: true };
    // Up to the next part's column: the plain cells right after it hold its facts; plan cells, a measure's plan.
    let factsEnd = i;
    for (let j = i + 1; j < row.cells.length; j++) {
      const column = columnAt(j);
      const next = row.cells[j]!;
      if (column === 'plain') {
        if (factsEnd === j - 1) factsEnd = j;
      } else if (column !== 'plan') break;
      else if (kind === 'measure' && filled(next) && !compiled.unplanned?.test(text.slice(next.start, next.end))) section.planned = true;
    }
    if (factsEnd > i) section.evidenceEnd = row.cells[factsEnd]!.end;
    out.push(section);
  });
  return out;
}

/** A header names its columns: no numbers (a row's 序号) and no sentences (a row's text). */
const isColumnName = (cell: string): boolean => !/^[0-9０-９.、（）()]+$|[，。；,;]/.test(cell);

function columnOf(header: string, compiled: CompiledRuleset): Column {
  if (compiled.planColumn?.test(header)) return 'plan';
  if (header.length > compiled.ruleset.sections.maxHeadingChars) return 'plain';
  const [state] = titleKinds(header, compiled);
  const kind = state === undefined ? undefined : kindOfState(state);
  // 完成情况, 工作成效: a column of results holds counts, and 情况 names too many columns to mean 成绩.
  return kind === undefined || kind === 'achievement' ? 'plain' : kind;
}

/** A cell's further lines (a line break inside it) that a table runs on over, between two rows. */
const MAX_CELL_LINES = 2;

/**
 * Runs of two or more rows (lines with at least two non-empty cells split by tabs), blank lines between
 * them allowed, and up to `MAX_CELL_LINES` lines without tabs (a cell's text broken over lines: they stay
 * in the table, unjudged).
 */
function findTables(text: string): Row[][] {
  const tables: Row[][] = [];
  let current: Row[] = [];
  let looseLines = 0;
  const close = () => {
    if (current.length >= 2) tables.push(current);
    current = [];
  };
  // The first tab at or after the line: found once per tab, not once per line (a long report with one table).
  let tab = -1;
  for (let lineStart = 0; lineStart < text.length; ) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    if (tab < lineStart) tab = text.indexOf('\t', lineStart);
    if (tab < 0) tab = text.length;
    const row = tab < end ? rowOf(text, lineStart, end) : null;
    if (row) {
      current.push(row);
      looseLines = 0;
    } else if (!isBlankLine(text, lineStart, end) && ++looseLines > MAX_CELL_LINES) close();
    lineStart = end + 1;
  }
  close();
  return tables;
}

/** The row a line with a tab holds, or null when fewer than two of its cells are filled. */
function rowOf(text: string, start: number, end: number): Row | null {
  const cells: Cell[] = [];
  let filled = 0;
  for (let from = start; from <= end; ) {
    let to = from;
    while (to < end && text.charCodeAt(to) !== 0x09) to++;
    let a = from;
    let b = to;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b });
    if (b > a) filled++;
    from = to + 1;
  }
  return filled >= 2 ? { start, end, cells } : null;
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The sections with the given spans (sorted, disjoint) cut out of them. */
function withoutSpans(sections: readonly Section[], spans: readonly Cell[]): JudgedSection[] {
  const out: JudgedSection[] = [];
  for (const section of sections) {
    let from = section.start;
    for (const span of spans) {
      if (span.end <= from || span.start >= section.end) continue;
      if (span.start > from) out.push({ ...section, start: from, end: span.start });
      from = Math.max(from, span.end);
    }
    if (from < section.end) out.push({ ...section, start: from, end: section.end });
  }
  return out;
}
