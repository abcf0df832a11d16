import { describe, expect, it } from 'vitest';
import { checkReport, defaultRuleset, Ruleset, withOverrides } from '@/lib/checker';
import { report } from './helpers';

describe('ruleset data and team overrides', () => {
  it('validates the default ruleset', () => {
    expect(() => Ruleset.parse(defaultRuleset)).not.toThrow();
  });

  it('rejects an invalid regular expression and an unknown rule id', () => {
    const broken = structuredClone(defaultRuleset);
    broken.sections.markers.push({ rank: 9, pattern: '[unclosed' });
    expect(() => Ruleset.parse(broken)).toThrow(/invalid regular expression/);
    expect(() => withOverrides(defaultRuleset, { disabledRules: ['no-such-rule' as never] })).toThrow();
  });

  it('gives the same results when data patterns hold capture groups of their own', () => {
    // Scans read their skip/always/marker/cue/title groups by number, so the numbers must count these groups.
    const grouped = structuredClone(defaultRuleset);
    const wrap = (xs: string[]) => xs.map((x) => `(${x})`);
    grouped.rules['vague-problem'].exceptions = wrap(grouped.rules['vague-problem'].exceptions);
    grouped.rules['vague-problem'].alwaysFlag = wrap(grouped.rules['vague-problem'].alwaysFlag);
    grouped.rules['missing-data'].exceptions = wrap(grouped.rules['missing-data'].exceptions);
    grouped.sections.markers = grouped.sections.markers.map((m) => ({ ...m, pattern: `(${m.pattern})` }));
    grouped.sections.cues = grouped.sections.cues.map((c) => ({ ...c, patterns: wrap(c.patterns) }));
    grouped.sections.titleKinds = grouped.sections.titleKinds.map((t) => ({ ...t, patterns: wrap(t.patterns) }));
    grouped.evidence.notQuantities = wrap(grouped.evidence.notQuantities);
    const text = [
      report({ problem: '个别谈话开展较少。取得了一定成绩，但与上级要求还有差距。部分党员作用发挥不明显。' }),
      '全镇有X个支部，四个意识不强。在肯定成绩的同时，也要看到存在的问题：有的支部活动不正常。',
      '究其原因，主要是客观上任务繁重。下一步，我们将进一步加强学习。',
    ].join('\n');
    const explain = { explain: true };
    expect(checkReport(text, Ruleset.parse(grouped), explain)).toEqual(checkReport(text, defaultRuleset, explain));
  });

  it('switches rules off', () => {
    const text = report({ problem: '部分党员学习不够。', measure: '进一步加强党员日常学习教育。' });
    const ruleset = withOverrides(defaultRuleset, { disabledRules: ['vague-problem'] });
    const rules = new Set(checkReport(text, ruleset).findings.map((f) => f.rule));
    expect(rules.has('vague-problem')).toBe(false);
    expect(rules.has('vague-measure')).toBe(true);
  });

  it('adds a team’s own trigger words without touching the default', () => {
    const text = report({ problem: '党员队伍活力稍显疲软。' });
    expect(checkReport(text).findings.filter((f) => f.rule === 'vague-problem')).toEqual([]);
    const team = withOverrides(defaultRuleset, { extraTriggers: { 'vague-problem': ['稍显'] } });
    expect(checkReport(text, team).findings.filter((f) => f.rule === 'vague-problem')).toHaveLength(1);
    expect(defaultRuleset.rules['vague-problem'].triggers).not.toContain('稍显');
  });

  it('lets a team list its own unit names as evidence and change a severity', () => {
    const text = report({ problem: '青石岭党支部组织生活不规范。' });
    const team = withOverrides(defaultRuleset, {
      gazetteer: ['青石岭党支部'],
      severity: { 'vague-measure': 'warning' },
    });
    expect(checkReport(text, team).findings.filter((f) => f.rule === 'vague-problem')).toEqual([]);
    expect(team.rules['vague-measure'].severity).toBe('warning');
  });
});
