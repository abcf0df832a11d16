import { describe, expect, it } from 'vitest';
import { checkReport, defaultRuleset, RULE_IDS, RULES, Ruleset } from '@/lib/checker';
import { suggestedTagId } from '@/lib/checker/finding-tag';
import { RuleIdSchema } from '@/lib/checker/ruleset-schema';
import { ruleOfLegacyComment } from '@/lib/checker/rules/registry';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

/** A report of my own that trips every rule once or more. */
const REPORT = [
  '一、履职情况',
  '今年以来，基层党建工作取得明显成效，党员教育管理水平不断提升。',
  '二、存在不足',
  '少数村干部服务意识有待加强，有的支部活动形式比较单一。',
  '我对自己要求过于严格，经常加班加点。',
  '三、原因剖析',
  '客观上任务繁重、人手不足。',
  '四、今后打算',
  '持续加强理论武装，全面提升组织力。新建X个党员活动室。',
].join('\n');

describe('rule registry', () => {
  it('is where the rule ids, the ruleset schema and the default ruleset get their rules', () => {
    expect(RULE_IDS).toEqual(RULES.map((r) => r.id));
    expect(RuleIdSchema.options).toEqual(RULE_IDS);
    expect(Object.keys(defaultRuleset.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('declares, for each rule, lexicon keys that exist in its ruleset entry and hold lists', () => {
    for (const rule of RULES) {
      const entry = defaultRuleset.rules[rule.id] as Record<string, unknown>;
      expect(rule.lexiconKeys.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.lexiconKeys) expect(Array.isArray(entry[key]), `${rule.id}.${key}`).toBe(true);
    }
  });

  it('refuses a ruleset entry that does not fit its rule’s declared shape', () => {
    const broken = structuredClone(defaultRuleset) as unknown as { rules: Record<string, Record<string, unknown>> };
    broken.rules['vague-measure']!.alwaysFlag = ['x']; // only vague-problem declares alwaysFlag
    expect(Ruleset.safeParse(broken).success).toBe(false);
  });

  it('gives every finding its rule’s label and message in the language asked, Chinese by default', () => {
    const zh = checkReport(REPORT);
    const en = checkReport(REPORT, defaultRuleset, { locale: 'en' });
    expect(new Set(zh.findings.map((f) => f.rule))).toEqual(new Set(RULE_IDS));
    expect(en.findings.map((f) => [f.rule, f.start, f.end])).toEqual(zh.findings.map((f) => [f.rule, f.start, f.end]));
    for (const [i, f] of zh.findings.entries()) {
      const rule = RULES.find((r) => r.id === f.rule)!;
      expect(f.label).toBe(rule.label.zh);
      expect(en.findings[i]!.label).toBe(rule.label.en);
      // English apart from the report's own words, which are quoted as written.
      expect(en.findings[i]!.message.replace(/“[^”]*”/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
      // The Chinese message is what earlier builds stored in comments: its head names its rule.
      expect(ruleOfLegacyComment(f.message)).toBe(f.rule);
    }
  });

  it('suggests the tag each rule declares, or the part’s tag for a rule that declares none', () => {
    const tags = DEFAULT_TAG_SET.tags;
    expect(suggestedTagId({ rule: 'objective-cause', section: 'cause' }, tags)).toBe('problem');
    expect(suggestedTagId({ rule: 'vague-achievement', section: 'achievement' }, tags)).toBe('achievement');
    expect(suggestedTagId({ rule: 'missing-data', section: 'measure' }, tags)).toBe('measure');
  });
});
