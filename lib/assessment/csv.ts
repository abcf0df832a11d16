/**
 * CSV for Excel and WPS, written here rather than with a library: RFC 4180 quoting is a few lines and
 * the formula guard below is not something CSV libraries do by default.
 */

export type Cell = string | number;

/** A table to export: a header row and data rows of the same width. */
export interface Table {
  header: string[];
  rows: Cell[][];
}

/**
 * A cell a spreadsheet would run as a formula (or DDE command) if it started the cell unchanged: a
 * formula sign, also after leading blanks (Excel and WPS skip spaces, tabs and the ideographic space
 * U+3000 before `=`) and in its full-width or small forms (＝＋－＠, ﹦﹢﹣﹫: Chinese input methods type
 * them, and a width conversion such as 全角转半角 turns them into live signs); or a line break or tab
 * first, which some importers strip before looking for a formula.
 */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;

/**
 * One cell: text that a spreadsheet would read as a formula gets a leading `'` (OWASP's CSV injection
 * advice), then the cell is quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Numbers are written as numbers: they are Pingyue's own counts, never reviewer text.
 */
export function csvCell(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: UTF-8 BOM first (else Excel reads Chinese as mojibake), CRLF line ends. */
export function toCsv(table: Table): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
