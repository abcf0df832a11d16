import { describe, expect, it } from 'vitest';
import { checkReport, defaultRuleset } from '@/lib/checker';

const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s.replace(/“[^”]*”/g, ''));

describe('the checker in English', () => {
  const report = [
    '一、工作回顾',
    '全年走访困难党员42户。',
    '二、查摆的问题',
    '部分网格员业务能力较弱。',
    '产生原因：',
    '客观上经费紧张。',
    '三、明年打算',
    '进一步压实责任，确保见到实效。',
  ].join('\n');

  it('explains where each part starts in English, naming headings and cues as written', () => {
    const { sections } = checkReport(report, defaultRuleset, { explain: true, locale: 'en' });
    expect(sections.map((s) => s.kind)).toEqual(['achievement', 'problem', 'cause', 'measure']);
    expect(sections[0]!.why).toMatch(/^heading “工作回顾” names achievements/);
    for (const s of sections) {
      expect(s.why).toMatch(/\(score -?\d+\.\d\)$/);
      expect(hasHan(s.why!)).toBe(false);
    }
  });

  it('keeps Chinese explanations by default', () => {
    const { sections } = checkReport(report, defaultRuleset, { explain: true });
    expect(sections[0]!.why).toMatch(/^标题“工作回顾”指向成绩/);
  });

  it('quotes the trigger words of a vague measure as a list and asks for checkable details', () => {
    const hit = checkReport(report, defaultRuleset, { locale: 'en' }).findings.find((f) => f.rule === 'vague-measure');
    expect(hit?.label).toBe('Vague measure');
    expect(hit?.message).toMatch(/^Vague measure: uses “进一步”, “压实”, “确保” but names no deadline/);
  });

  it('says a placeholder is no data, in the message of the sentence that holds it', () => {
    const text = '三、下一步打算\n持续加强阵地建设，新建XX个活动室。';
    const measure = checkReport(text, defaultRuleset, { locale: 'en' }).findings.find((f) => f.rule === 'vague-measure');
    expect(measure?.message).toMatch(/The placeholder in the sentence is not data\.$/);
    const blank = checkReport(text, defaultRuleset, { locale: 'en' }).findings.find((f) => f.rule === 'missing-data');
    expect(blank?.message).toBe('Missing data: “XX个” is a template placeholder left unfilled; an actual number belongs here.');
  });
});
