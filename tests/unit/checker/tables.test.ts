import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport, defaultRuleset } from '@/lib/checker';
import { compileRuleset } from '@/lib/checker/compile';
import { normalizeText } from '@/lib/checker/normalize/normalize-text';
import { detectSections } from '@/lib/checker/sections/detect-sections';
import { tableCellSections } from '@/lib/checker/sections/table-cells';

/** What each rule flags, as the flagged text. */
const flagged = (text: string) => checkReport(text).findings.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);

const ledger = (rows: string[][], header = ['序号', '问题表现', '原因', '整改措施', '责任人', '完成时限']) =>
  ['一、主要工作', '全年发展党员5名，新建党支部2个。', '二、问题清单', ...[header, ...rows].map((cells) => cells.join('\t'))].join('\n');

/** The same table as a docx preview's innerText gives it: each cell its own paragraph, a tab-only line between cells. */
const asDocxPreview = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split('\t').join('\n\n\t\n\n'))
    .join('\n\n\n\n');

describe('tables read by their columns', () => {
  const rows = [
    ['1', '部分支部党建与业务融合不够紧密', '重业务轻党建', '开展党建业务融合示范点创建', '张华', '2027年3月'],
    ['2', '2个支部未按期开展组织生活会', '督导不到位', '进一步加强组织生活督导', '机关党委办公室', '2027年1月起'],
    ['3', '党建信息化水平有待提高', '投入不足', '进一步推进智慧党建平台建设', '待定', '持续推进'],
    ['4', '部分党员不积极', '教育不够', '开展谈心谈话', '各支部书记', '2027年2月'],
  ];

  it('judges a problem cell alone: the deadline of the measure in its row does not make it concrete', () => {
    const found = flagged(ledger(rows));
    expect(found).toContain('vague-problem: 部分支部党建与业务融合不够紧密');
    expect(found).toContain('vague-problem: 党建信息化水平有待提高');
    // A cell is the claim however short: not passed over as a label.
    expect(found).toContain('vague-problem: 部分党员不积极');
    expect(found.filter((f) => f.includes('2个支部'))).toEqual([]);
    // The cause column is not read as problems (督导不到位, 投入不足).
    expect(found.filter((f) => /督导不到位|投入不足|重业务轻党建|教育不够/.test(f))).toEqual([]);
  });

  it('takes a measure with an owner or deadline in its row as concrete, and one with 待定/持续推进 as a slogan', () => {
    const found = flagged(ledger(rows));
    expect(found.filter((f) => f.includes('加强组织生活督导'))).toEqual([]);
    expect(found).toContain('vague-measure: 进一步推进智慧党建平台建设');
  });

  it('counts the plain cells right after a problem as its facts (涉及单位)', () => {
    const text = ledger([['1', '个别支部书记不熟悉党务', '东岭村党支部、西岭村党支部', '组织专题培训', '组织委员', '2027年3月底前']], ['序号', '存在问题', '涉及单位', '整改措施', '责任人', '完成时限']);
    expect(flagged(text).filter((f) => f.startsWith('vague-problem'))).toEqual([]);
  });

  it('reads a docx preview’s cell-per-paragraph table as the same rows', () => {
    const text = ledger(rows);
    const docx = text.replace(/序号[\s\S]*$/, (table) => asDocxPreview(table));
    expect(docx).toContain('\n\n\t\n\n');
    expect(flagged(docx)).toEqual(flagged(text));
  });

  it('leaves a table whose header names no part to the part around it', () => {
    const text = ['二、存在问题', '支部\t党员数\t完成情况', '东岭村\t32名\t部分党员不按时参加组织生活', '西岭村\t个别党员未交党费\t'].join('\n');
    // Each row is one sentence of the problem part, as before: a count clears it, none leaves it flagged.
    expect(flagged(text)).toEqual(['vague-problem: 西岭村\t个别党员未交党费']);
  });
});

describe('tables whose cells break over lines', () => {
  it('keeps reading the rows by the header after a cell’s second line, and never takes a row for a header', () => {
    const text = [
      '二、问题清单',
      '问题表现\t整改措施\t责任人',
      '部分支部党建与业务融合不够紧密\t开展示范点创建，\t张华',
      '分两批实施',
      '个别党员干部作风不实\t进一步加强作风建设\t各支部书记',
      '党建信息化水平有待提高\t进一步推进智慧党建平台建设\t待定',
    ].join('\n');
    const found = flagged(text);
    expect(found).toContain('vague-problem: 个别党员干部作风不实');
    expect(found).toContain('vague-measure: 进一步推进智慧党建平台建设');
    expect(found.filter((f) => f.includes('加强作风建设'))).toEqual([]);
  });
});

describe('table cells as rules judge them (property)', () => {
  const columnName = fc.constantFrom('序号', '问题表现', '存在问题', '原因', '整改措施', '责任人', '完成时限', '涉及单位', '备注');
  const cell = fc.constantFrom('', '1', '2027年3月', '张华', '待定', '长期坚持', '部分党员不积极', '进一步加强教育', '3个支部未换届', '教育不够，', '东岭村');
  const table = fc
    .record({
      header: fc.array(columnName, { minLength: 1, maxLength: 6 }),
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 6 }),
      // A row's cell broken over a line, a blank line between rows, prose around the table.
      breaks: fc.array(fc.constantFrom('\n', '\n\n', '\n分两批实施\n', '\n\t\n'), { minLength: 7, maxLength: 7 }),
      before: fc.constantFrom('', '二、问题清单\n', '三、整改措施\n个别党员不积极。\n'),
      after: fc.constantFrom('', '\n三、下一步打算\n进一步加强学习。'),
      docx: fc.boolean(),
    })
    .map(({ header, rows, breaks, before, after, docx }) => {
      const lines = [header, ...rows].map((cells) => cells.join(docx ? '\n\n\t\n\n' : '\t'));
      return before + lines.map((line, i) => line + (breaks[i] ?? '\n')).join('') + after;
    });

  it('are sorted and disjoint, each with its facts inside its own row, whatever the columns, cells and lines', () => {
    const compiled = compileRuleset(defaultRuleset);
    let carved = 0;
    fc.assert(
      fc.property(table, (input) => {
        const normalized = normalizeText(input).text;
        const judged = tableCellSections(normalized, detectSections(normalized, compiled, null), compiled);
        let last = 0;
        for (const s of judged) {
          const reach = s.evidenceEnd ?? s.end;
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(reach).toBeGreaterThanOrEqual(s.end);
          if (s.cell) expect(normalized.slice(s.start, reach)).not.toContain('\n');
          // The evidence cursor reads forward only: what one section reaches, the next does not start inside.
          last = reach;
        }
        if (judged.some((s) => s.cell)) carved++;
        expect(() => checkReport(input)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    // The generator makes tables the rules read by columns, not only text they pass over.
    expect(carved).toBeGreaterThan(100);
  }, 60_000);
});
