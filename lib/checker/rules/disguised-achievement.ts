import { SentenceRuleConfig } from '@/lib/checker/rule-config';
import { quoteWords, type SentenceRule } from '@/lib/checker/rules/rule';

/** 问题成绩化 / 明贬暗褒: a “problem” that is really a merit or an achievement. */
export const disguisedAchievement = {
  kind: 'sentence',
  id: 'disguised-achievement',
  label: { zh: '问题成绩化', en: 'Merit posing as a problem' },
  config: SentenceRuleConfig,
  lexiconKeys: ['triggers', 'patterns', 'exceptions'],
  suggestedTag: 'problem',
  legacyHeads: ['问题成绩化'],
  message: (v, locale) =>
    locale === 'zh'
      ? `问题成绩化：${quoteWords(v.words, locale)}讲的是成绩或“好缺点”，不是需要整改的短板。请改写为真实存在、可以整改的问题。`
      : `Merit posing as a problem: ${quoteWords(v.words, locale)} describes an achievement or a flattering “fault”, not a shortcoming to correct. Name a real problem that can be corrected.`,
} as const satisfies SentenceRule;
