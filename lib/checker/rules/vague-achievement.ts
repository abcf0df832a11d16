import type { RuleMessage } from '@/lib/checker/rules/judge-sentences';

/** 成绩空泛: an achievement claimed without data, a named unit or a concrete result. */
export const vagueAchievementMessage: RuleMessage = ({ quoted }) =>
  `成绩空泛：${quoted}没有数据或事例支撑。请用数字、具体单位或成果（如制定的《……》）说明。`;
