import { SentenceRuleConfig } from '@/lib/checker/rule-config';
import { placeholderNote, quoteWords, type SentenceRule } from '@/lib/checker/rules/rule';

/** 措施空泛: a plan with slogans but no deadline, owner, quantity/frequency or deliverable. */
export const vagueMeasure = {
  kind: 'sentence',
  id: 'vague-measure',
  label: { zh: '措施空泛', en: 'Vague measure' },
  config: SentenceRuleConfig,
  lexiconKeys: ['triggers', 'patterns', 'exceptions'],
  suggestedTag: 'measure',
  legacyHeads: ['措施空泛'],
  message: (v, locale) =>
    locale === 'zh'
      ? `措施空泛：使用了${quoteWords(v.words, locale)}，但没有完成时限、责任主体、数量或频次、具体成果。` +
        `请写明如“6月底前”“由组织委员牵头”“每季度1次”“制定《……办法》”。${placeholderNote(v, locale)}`
      : `Vague measure: uses ${quoteWords(v.words, locale)} but names no deadline, owner, quantity or frequency, or deliverable. ` +
        `Write, for example, “by the end of June”, “led by the organisation committee member”, “once a quarter”, “draw up the … rules”.${placeholderNote(v, locale)}`,
} as const satisfies SentenceRule;
