import type { RuleMessage } from '@/lib/checker/rules/judge-sentences';

/** 措施空泛: a plan with slogans but no deadline, owner, quantity/frequency or deliverable. */
export const vagueMeasureMessage: RuleMessage = (v) =>
  `措施空泛：使用了${v.quoted}，但没有完成时限、责任主体、数量或频次、具体成果。` +
  '请写明如“6月底前”“由组织委员牵头”“每季度1次”“制定《……办法》”。' +
  (v.hasPlaceholder ? '句中的占位符不算数据。' : '');
