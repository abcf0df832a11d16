import type { RuleMessage } from '@/lib/checker/rules/judge-sentences';

/** 问题成绩化 / 明贬暗褒: a “problem” that is really a merit or an achievement. */
export const disguisedAchievementMessage: RuleMessage = ({ quoted }) =>
  `问题成绩化：${quoted}讲的是成绩或“好缺点”，不是需要整改的短板。请改写为真实存在、可以整改的问题。`;
