import type { RuleMessage } from '@/lib/checker/rules/judge-sentences';

/** 原因客观化: causes blamed on circumstances, with no word about the secretary's own part. */
export const objectiveCauseMessage: RuleMessage = ({ quoted }) =>
  `原因客观化：只讲了${quoted}等客观因素，没有从本人和班子的思想、认识、履职等主观方面剖析。`;
