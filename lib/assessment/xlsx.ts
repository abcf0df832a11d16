import writeXlsxFile from 'write-excel-file/universal';
import type { Table } from './csv';
import { xmlSafe } from './xml-safe';

/**
 * A table as an `.xlsx` workbook, bold header row. `write-excel-file` because it only writes (no
 * parser to ship), is small (~70 kB minified with its one dependency, the fflate zip library), is
 * maintained, and its `universal` build returns a Blob in the panel and in Node tests alike.
 * Cells are written as strings and numbers, never formulas, so reviewer text cannot become one.
 * Loaded on demand by the panel, like the Word writer.
 */
export function tableXlsx(table: Table, sheet: string): Promise<Blob> {
  const header = table.header.map((value) => ({ value: xmlSafe(value), fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (typeof value === 'number' ? { value } : { value: xmlSafe(value), wrap: true })));
  return writeXlsxFile([header, ...rows], { sheet, stickyRowsCount: 1 }).toBlob();
}
