import { describe, expect, it } from 'vitest';
import { checkReport, type SectionKind } from '@/lib/checker';

/** The kind of the section holding the first occurrence of `quote`. */
function kindAt(text: string, quote: string): SectionKind | undefined {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return checkReport(text).sections.find((s) => s.start <= at && at < s.end)?.kind;
}

const body = {
  achievement: '全年发展党员12名。',
  problem: '本人到联系点调研仅3次。',
  cause: '本人重视不够。',
  measure: '6月底前完成换届。',
};

describe('section detection', () => {
  const styles: [string, (n: number) => string][] = [
    ['一、', (n) => `${'一二三四'[n]}、`],
    ['（一）', (n) => `（${'一二三四'[n]}）`],
    ['第一部分', (n) => `第${'一二三四'[n]}部分 `],
    ['1.', (n) => `${n + 1}.`],
    ['1、', (n) => `${n + 1}、`],
    ['(1)', (n) => `(${n + 1})`],
    ['【】', () => '【'],
    ['## markdown', () => '## '],
  ];
  const titles = ['主要工作完成情况', '存在的主要问题和不足', '产生问题的原因', '下一步工作打算'];

  it('turns to the measures at a year followed by what will be done, not at a year of past work', () => {
    const text = [
      '一年来，全镇18个村党组织全部达标。2026年，我将主要精力放在项目上，全年召开党委会11次。',
      '但对照上级要求，还存在差距：少数村党组织书记带富能力不强。',
      '分析原因，主要是本人督促指导不够经常。',
      '2027年，我将聚焦这些问题，年底前对18个村书记轮训一遍。',
    ].join('\n');
    expect(kindAt(text, '我将主要精力')).toBe('achievement');
    expect(kindAt(text, '我将聚焦')).toBe('measure');
  });

  it('keeps a cause item phrased as a shortcoming in the cause part when the report opens with a plain title line', () => {
    const text = '述职报告\n1.主要做法及成效\n（1）抓阵地建设。新建阵地3个。\n2.存在的短板和弱项\n（1）有的支部活动不经常。\n3.深层次原因\n（1）思想重视不够。\n4.下一步工作思路\n（1）持续加强支部建设。';
    expect(kindAt(text, '思想重视不够')).toBe('cause');
    expect(checkReport(text).sections.map((s) => s.kind)).toEqual(['achievement', 'problem', 'cause', 'measure']);
  });

  it.each(styles)('finds the four parts numbered %s', (_name, mark) => {
    const kinds = Object.keys(body) as SectionKind[];
    const text = `现将履职情况报告如下：\n${kinds
      .map((k, i) => `${mark(i)}${titles[i]}${mark(i) === '【' ? '】' : ''}\n${body[k]}`)
      .join('\n')}`;
    for (const k of kinds) expect(kindAt(text, body[k])).toBe(k);
    expect(kindAt(text, '现将履职情况')).toBeUndefined();
    const sections = checkReport(text).sections;
    expect(sections.map((s) => s.kind)).toEqual(kinds);
    expect(sections[1]!.heading).toBe('存在的主要问题和不足');
  });

  it('keeps sub-headings inside their part', () => {
    const text = [
      '一、履职情况',
      '（一）加强班子建设。全年召开专题会6次。',
      '（二）坚持问题导向，强化保障措施。新建阵地2处。',
      '二、存在问题',
      '（一）组织生活不规范。3个支部未按期开会。',
      '（二）解决存在问题的力度不够。',
      '三、整改措施',
      '（一）强化履职尽责。年底前完成整改。',
    ].join('\n');
    expect(checkReport(text).sections.map((s) => s.kind)).toEqual(['achievement', 'problem', 'measure']);
    expect(kindAt(text, '新建阵地2处')).toBe('achievement');
    expect(kindAt(text, '解决存在问题')).toBe('problem');
    expect(kindAt(text, '年底前完成整改')).toBe('measure');
  });

  it('finds parts in a report without headings from turning phrases', () => {
    const text = [
      '现将本人抓党建工作情况报告如下。',
      '一年来，本人坚持每月到村调研，全年发展党员9名。',
      '在肯定成绩的同时，也清醒看到还存在不少问题，部分支部活动不正常。',
      '究其原因，主要是本人抓得不紧。',
      '下一步，我将在3月底前完成支部整顿。',
    ].join('\n');
    expect(kindAt(text, '现将本人')).toBeUndefined();
    expect(kindAt(text, '全年发展党员9名')).toBe('achievement');
    expect(kindAt(text, '部分支部活动不正常')).toBe('problem');
    expect(kindAt(text, '本人抓得不紧')).toBe('cause');
    expect(kindAt(text, '3月底前完成')).toBe('measure');
  });

  it('reads a cause from 产生这些问题，主要是 / 之所以出现这些问题 without the word 原因', () => {
    for (const turn of ['产生这些问题，主要是我对党建重视不够。', '之所以会出现这些问题，根本在于我对党建研究不深。']) {
      const text = ['一年来，全年发展党员9名。', '但也存在一些问题，部分支部活动不正常。', turn, '下一步，我将在3月底前完成支部整顿。'].join('\n');
      expect(kindAt(text, '部分支部活动不正常'), turn).toBe('problem');
      expect(kindAt(text, turn.slice(0, 6)), turn).toBe('cause');
      expect(kindAt(text, '3月底前完成'), turn).toBe('measure');
    }
  });

  it('opens 成绩 at 今年，我带领… / 2026年，我们围绕…, but not at a problem or a plan that starts with the year', () => {
    const text = [
      '今年，我带领社区党委完成了8个小区党支部的组建，发展党员4名。',
      '回顾一年来的工作，我深感还有不少不足。',
      '今年，有的支部没有按期换届，组织生活不够规范。',
      '2027年，我打算在3月底前完成全部支部换届。',
    ].join('\n');
    expect(kindAt(text, '我带领社区党委')).toBe('achievement');
    expect(kindAt(text, '有的支部没有按期换届')).toBe('problem');
    expect(kindAt(text, '3月底前完成')).toBe('measure');
  });

  it('does not let a turning phrase move a part backwards', () => {
    const text = '四、下一步打算\n下一步，我们将加强培训。在肯定成绩的同时，也要看到差距。';
    expect(kindAt(text, '也要看到差距')).toBe('measure');
  });

  it('returns nothing for empty input', () => {
    expect(checkReport('')).toEqual({ sections: [], findings: [] });
  });
});
