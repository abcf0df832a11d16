import { z } from 'zod/mini';
import { Patterns, SentenceRuleConfig } from '@/lib/checker/rule-config';
import { placeholderNote, quoteWords, type SentenceRule } from '@/lib/checker/rules/rule';

/** 问题不实: a problem a reviewer cannot check — who, how many, when are all missing. */
export const vagueProblem = {
  kind: 'sentence',
  id: 'vague-problem',
  label: { zh: '问题不实', en: 'Vague problem' },
  config: z.extend(SentenceRuleConfig, {
    /** 以成绩代问题 constructions; flagged even when the sentence has numbers. */
    alwaysFlag: z._default(Patterns, []),
  }),
  lexiconKeys: ['triggers', 'patterns', 'exceptions', 'alwaysFlag'],
  suggestedTag: 'problem',
  legacyHeads: ['问题表述笼统', '以成绩代问题'],
  message: (v, locale) =>
    v.always
      ? locale === 'zh'
        ? '以成绩代问题：先讲取得的成绩，再用“差距”一笔带过，没有指出具体短板。请写明哪项工作、在哪些单位、差在哪里、差多少。'
        : 'Results instead of a problem: the sentence praises what was achieved and passes over a “gap” without naming a shortcoming. Say which work, in which units, what falls short and by how much.'
      : locale === 'zh'
        ? `问题表述笼统：使用了${quoteWords(v.words, locale)}，但没有具体数字、单位名称或时间。请写明涉及哪些单位、多少人（次）、什么时间。${placeholderNote(v, locale)}`
        : `Vague problem: uses ${quoteWords(v.words, locale)} but gives no number, named unit or date. Say which units, how many people (or times), and when.${placeholderNote(v, locale)}`,
} as const satisfies SentenceRule;
