import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/assessment/csv';
import { annotationsTable } from '@/lib/assessment/annotations-table';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { REPORT_ANNOTATIONS, annotation } from './fixtures';
import { FORMULA_PAYLOADS } from './formula-payloads';

/** RFC 4180 reader, to check the writer against the grammar rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('成绩')).toBe('成绩');
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","点我")')).toBe('"\'=HYPERLINK(""http://evil"",""点我"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('a=1')).toBe('a=1');
    // Pingyue's own numbers stay numbers.
    expect(csvCell(-3)).toBe('-3');
  });
  it.each(FORMULA_PAYLOADS)('neutralises %j: a leading line break, blanks before the sign, full-width signs', (payload) => {
    const [cell] = parseCsv(`${csvCell(payload)}\r\n`)[0]!;
    expect(cell).toBe(`'${payload}`);
  });
  it('leaves ordinary text alone, including signs after the first word', () => {
    for (const text of ['问题：a=1', '1. 措施', '全角＝在中间', ' 前导空格', '\u3000\u3000首行缩进的段落']) {
      expect(csvCell(text)).toBe(text);
    }
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM, ends rows with CRLF and reads back cell for cell', () => {
    const table = { header: ['报告', '批注'], rows: [['述职,报告', '说"问题"\n不具体'], ['=1+1', 7]] };
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF报告,批注\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([['报告', '批注'], ['述职,报告', '说"问题"\n不具体'], ["'=1+1", '7']]);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('annotationsTable', () => {
  it('lists every annotation in document order with tag label, passage, comment, flags, status, position, times', () => {
    const orphan = annotation('problem', '=cmd|/C calc', 900, '-危险', { anchorStatus: 'orphan' });
    const table = annotationsTable({ title: '青禾街道述职', url: 'https://oa.example.cn/r?id=1' }, [...REPORT_ANNOTATIONS, orphan], DEFAULT_TAG_SET.tags, (a) =>
      a.tagId === 'measure' ? ['措施空泛'] : [],
    );
    expect(table.header).toEqual(['报告', '链接', '标签', '原文', '批注', '体检提示', '状态', '位置', '创建时间', '修改时间']);
    expect(table.rows.map((r) => r[2])).toEqual(['成绩', '成绩', '已删除的标签', '问题', '原因', '措施', '问题']);
    expect(table.rows[0]!.slice(0, 8)).toEqual(['青禾街道述职', 'https://oa.example.cn/r?id=1', '成绩', '书记讲党课四次', '', '', '已定位', '40-47']);
    expect(table.rows[5]![5]).toBe('措施空泛');
    expect(table.rows[0]![8]).toMatch(/^2024-05-01 \d\d:\d\d$/);
    const rows = parseCsv(toCsv(table).slice(1));
    expect(rows.at(-1)!.slice(2, 7)).toEqual(['问题', "'=cmd|/C calc", "'-危险", '', '未能定位']);
  });
});
