import { describe, expect, it } from 'vitest';
import { checkReport, defaultRuleset, withOverrides } from '@/lib/checker';
import { checkerRules, checkerRuleLabel, toRulesetOverrides } from '@/lib/tags/checker-rules';

describe('tag set checker settings', () => {
  it('lists every checker rule with its label; only word rules take extra words', () => {
    expect(checkerRules().find((r) => r.id === 'vague-measure')).toEqual({ id: 'vague-measure', label: '措施空泛', takesExtraWords: true });
    expect(checkerRules().find((r) => r.id === 'missing-data')?.takesExtraWords).toBe(false);
    expect(checkerRuleLabel('from-a-newer-build')).toBe('from-a-newer-build');
  });

  it('maps to withOverrides, dropping rule ids this build does not know', () => {
    const overrides = toRulesetOverrides({
      extraTriggers: { 'vague-measure': ['狠抓落实'], 'missing-data': ['x'], 'future-rule': ['y'], 'vague-problem': [] },
      disabledRules: ['objective-cause', 'future-rule'],
    });
    expect(overrides).toEqual({ disabledRules: ['objective-cause'], extraTriggers: { 'vague-measure': ['狠抓落实'] } });
    const ruleset = withOverrides(defaultRuleset, overrides);
    expect(ruleset.rules['vague-measure'].triggers).toContain('狠抓落实');
    expect(ruleset.disabledRules).toContain('objective-cause');
  });

  it('the checker applies the switched-off rules and extra words', () => {
    const text = '一、主要成绩\n今年工作取得明显成效。\n二、存在问题\n思想认识还不够到位。\n三、下一步打算\n进一步加强基层党组织建设。对照问题清单多措并举。';
    const rules = (ruleset = defaultRuleset) => checkReport(text, ruleset).findings.map((f) => `${f.rule}:${f.excerpt}`);
    expect(rules()).toEqual(['vague-achievement:今年工作取得明显成效', 'vague-problem:思想认识还不够到位', 'vague-measure:进一步加强基层党组织建设']);
    const team = withOverrides(defaultRuleset, toRulesetOverrides({ extraTriggers: { 'vague-measure': ['多措并举'] }, disabledRules: ['vague-achievement'] }));
    expect(rules(team)).toEqual(['vague-problem:思想认识还不够到位', 'vague-measure:进一步加强基层党组织建设', 'vague-measure:对照问题清单多措并举']);
  });
});
