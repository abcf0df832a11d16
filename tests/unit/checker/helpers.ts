import { checkReport, type Finding, type RuleId } from '@/lib/checker';

/** Findings of one rule for `text`, as the excerpted sentence text. */
export function flagged(text: string, rule: RuleId): string[] {
  return checkReport(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));
}

/** A report with one problem section and one measure section around the given bodies. */
export const report = (parts: { problem?: string; measure?: string; achievement?: string; cause?: string }): string =>
  [
    '一、主要工作',
    parts.achievement ?? '全年发展党员12名，新建党群服务中心3个。',
    '二、存在的问题',
    parts.problem ?? '本人全年到联系点调研仅3次。',
    '三、原因分析',
    parts.cause ?? '本人对党建工作重视不够，全年专题研究党建仅2次。',
    '四、下一步打算',
    parts.measure ?? '2025年6月底前，由组织委员牵头完成全部支部换届。',
  ].join('\n');

export const inRule = (findings: readonly Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);
