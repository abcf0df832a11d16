import type { RuleMessage } from '@/lib/checker/rules/judge-sentences';

/** 问题不实: a problem a reviewer cannot check — who, how many, when are all missing. */
export const vagueProblemMessage: RuleMessage = (v) =>
  v.always
    ? '以成绩代问题：先讲取得的成绩，再用“差距”一笔带过，没有指出具体短板。请写明哪项工作、在哪些单位、差在哪里、差多少。'
    : `问题表述笼统：使用了${v.quoted}，但没有具体数字、单位名称或时间。请写明涉及哪些单位、多少人（次）、什么时间。` +
      (v.hasPlaceholder ? '句中的占位符不算数据。' : '');
