import { describe, expect, it } from 'vitest';
import { checkReport, type Finding, type RuleId } from '@/lib/checker';
import { normalizeText } from '@/lib/checker/normalize/normalize-text';

/*
 * Text as it comes from a page (issue #10): traditional characters, spaced-out Han, a line break at every
 * visual line, page furniture. The checker reads a normalised copy; every offset it returns must still
 * index the caller's text.
 */

const quoted = (text: string, findings: readonly Finding[], rule: RuleId) =>
  findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));

describe('normalised input, offsets into the original', () => {
  it('reads traditional characters and corner quotes', () => {
    const text = '二、存在的問題\n部分黨支部「三會一課」落實不夠到位，黨員參與積極性不高。\n三、下一步打算\n進一步加強黨員教育管理，不斷提升組織力。';
    const { sections, findings } = checkReport(text);
    expect(sections.map((s) => s.kind)).toEqual(['problem', 'measure']);
    expect(quoted(text, findings, 'vague-problem')).toEqual(['部分黨支部「三會一課」落實不夠到位，黨員參與積極性不高']);
    expect(quoted(text, findings, 'vague-measure')).toEqual(['進一步加強黨員教育管理，不斷提升組織力']);
  });

  it('joins spaced-out Han characters without losing positions', () => {
    const text = '二 、 存 在 的 问 题\n有的党员理论学习不深不透，联系群众不够紧密。';
    const normalized = normalizeText(text);
    expect(normalized.text.startsWith('二、存在的问题\n')).toBe(true);
    const { sections, findings } = checkReport(text);
    expect(sections[0]).toMatchObject({ kind: 'problem', start: 0 });
    expect(quoted(text, findings, 'vague-problem')).toEqual(['有的党员理论学习不深不透，联系群众不够紧密']);
  });

  it('does not join words that merely have a gap between them', () => {
    expect(normalizeText('全镇 个行政村').text).toBe('全镇 个行政村');
  });

  it('joins lines broken at the page width and drops page furniture between them', () => {
    const width = 18;
    const body = [
      '一、主要工作',
      '全年组织党员集中学习二十四次，开展主题党日十二次，新发展党员五名，其中三十五岁以下三名。',
      '二、存在的问题',
      '部分村党支部的组织生活会质量不高，批评和自我批评辣味不足，有的党员把组织生活会开成了工作汇报会。',
      '三、下一步打算',
      '持续加强党员教育管理，切实提升组织生活质量，推动基层党建工作再上新台阶，努力开创工作新局面。',
    ];
    const lines: string[] = [];
    for (const paragraph of body) for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
    lines.splice(7, 0, '— 1 —', '第 1 页 共 2 页');
    const text = lines.join('\n');
    const { sections, findings } = checkReport(text);
    expect(sections.map((s) => s.kind)).toEqual(['achievement', 'problem', 'measure']);
    const problem = findings.find((f) => f.rule === 'vague-problem')!;
    // One finding spans the whole wrapped sentence as the caller's text has it: its line breaks and the
    // page footer between its lines included.
    const span = text.slice(problem.start, problem.end);
    expect(span).toContain('\n— 1 —\n第 1 页 共 2 页\n');
    expect(span.replace('— 1 —\n第 1 页 共 2 页\n', '').replace(/\n/g, '')).toBe(
      '部分村党支部的组织生活会质量不高，批评和自我批评辣味不足，有的党员把组织生活会开成了工作汇报会',
    );
    expect(quoted(text, findings, 'vague-measure')).toHaveLength(1);
  });

  it('leaves ordinary paragraphs and short headings alone', () => {
    const text = ['一、主要工作', '全年发展党员12名。', '二、存在的问题', '部分支部活动不正常。', '三、原因分析', '本人抓得不紧。'].join('\n');
    expect(normalizeText(text)).toEqual({ text, origin: null });
  });
});
