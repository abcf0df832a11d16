import { SentenceRuleConfig } from '@/lib/checker/rule-config';
import { quoteWords, type SentenceRule } from '@/lib/checker/rules/rule';

/** 原因客观化: causes blamed on circumstances, with no word about the secretary's own part. */
export const objectiveCause = {
  kind: 'sentence',
  id: 'objective-cause',
  label: { zh: '原因客观化', en: 'Blames circumstances' },
  config: SentenceRuleConfig,
  lexiconKeys: ['triggers', 'patterns', 'exceptions', 'counterTriggers'],
  suggestedTag: 'problem',
  legacyHeads: ['原因客观化'],
  message: (v, locale) =>
    locale === 'zh'
      ? `原因客观化：只讲了${quoteWords(v.words, locale)}等客观因素，没有从本人和班子的思想、认识、履职等主观方面剖析。`
      : `Blames circumstances: names only outside factors such as ${quoteWords(v.words, locale)}, and nothing of the writer's or the leadership's own thinking, understanding or performance of duties.`,
} as const satisfies SentenceRule;
