import { SentenceRuleConfig } from '@/lib/checker/rule-config';
import { quoteWords, type SentenceRule } from '@/lib/checker/rules/rule';

/** 成绩空泛: an achievement claimed without data, a named unit or a concrete result. */
export const vagueAchievement = {
  kind: 'sentence',
  id: 'vague-achievement',
  label: { zh: '成绩空泛', en: 'Unsupported achievement' },
  config: SentenceRuleConfig,
  lexiconKeys: ['triggers', 'patterns', 'exceptions'],
  suggestedTag: 'achievement',
  legacyHeads: ['成绩空泛'],
  message: (v, locale) =>
    locale === 'zh'
      ? `成绩空泛：${quoteWords(v.words, locale)}没有数据或事例支撑。请用数字、具体单位或成果（如制定的《……》）说明。`
      : `Unsupported achievement: ${quoteWords(v.words, locale)} has no figures or examples behind it. Support it with numbers, named units or results (such as the rules drawn up).`,
} as const satisfies SentenceRule;
