import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkReport } from '@/lib/checker';
import { countFindings, flagsFromAnnotations, formatFlags, ruleOfAnnotation } from '@/lib/assessment/flags';
import { ruleOfLegacyComment } from '@/lib/checker/rules/registry';
import { REPORT_ANNOTATIONS } from './fixtures';

/** A report that trips every rule (placeholders, vague problems and measures, objective causes…). */
const REPORT = [
  '一、主要成绩',
  '我们始终坚持把党建工作摆在突出位置，取得了明显成效。全年发展党员XX名。',
  '二、存在的问题',
  '部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常。',
  '工作标准要求过高，加班太多，顾不上家。',
  '在上级的关心下取得了一定成绩，但与要求相比仍有差距。',
  '三、原因分析',
  '客观上人员力量不足，任务繁重。',
  '四、下一步打算',
  '进一步加强基层党组织建设，不断提升组织力。',
].join('\n');

describe('checker flags', () => {
  it('counts findings per rule in rule order and writes the summary', () => {
    const flags = countFindings([
      { rule: 'vague-measure', label: '措施空泛' },
      { rule: 'vague-problem', label: '问题不实' },
      { rule: 'vague-problem', label: '问题不实' },
      { rule: 'vague-measure', label: '措施空泛' },
      { rule: 'vague-problem', label: '问题不实' },
    ]);
    expect(formatFlags(flags)).toBe('问题不实 3 处、措施空泛 2 处');
    expect(formatFlags([])).toBe('');
  });

  it('recognises the Chinese message of every finding the checker makes (as earlier builds stored it in a comment)', () => {
    const { findings } = checkReport(REPORT);
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(5);
    for (const f of findings) expect([f.message, ruleOfLegacyComment(f.message)]).toEqual([f.message, f.rule]);
    expect(ruleOfLegacyComment('哪些社区？几名党员？')).toBeNull();
    expect(ruleOfLegacyComment('toString：x')).toBeNull();
  });

  it('takes the rule an annotation came from from its source, never from its words', () => {
    expect(ruleOfAnnotation({ source: { kind: 'checker', version: 1, ruleId: 'objective-cause' } })).toBe('objective-cause');
    expect(ruleOfAnnotation({ source: { kind: 'checker', version: 1, ruleId: 'rule-of-a-newer-build' } })).toBeNull();
    expect(ruleOfAnnotation({})).toBeNull();
  });

  it('counts, offline, the annotations made from findings', () => {
    expect(formatFlags(flagsFromAnnotations(REPORT_ANNOTATIONS))).toBe('措施空泛 1 处、原因客观化 1 处');
  });
});
