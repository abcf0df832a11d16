import type { CheckContext } from '@/lib/checker/rules/context';
import { judgeSentences } from '@/lib/checker/rules/judge-sentences';
import { MessageCache } from '@/lib/checker/rules/message-cache';
import { ruleById } from '@/lib/checker/rules/registry';
import { excerptOf } from '@/lib/checker/sentences';
import type { Finding } from '@/lib/checker/types';
import type { Locale } from '@/lib/i18n/locale';

/**
 * Runs every enabled sentence rule into `out`; each contributes only its label and message. A message
 * depends only on the verdict's words and flags, and a long report repeats them (“进一步”“加强” in
 * thousands of measures): each distinct message is built once, and the findings share it.
 */
export function sentenceRuleFindings(ctx: CheckContext, out: Finding[], locale: Locale): void {
  for (const rule of ctx.compiled.sentenceRules) {
    if (ctx.compiled.disabled.has(rule.id)) continue;
    const { severity, section } = rule.config;
    const declared = ruleById(rule.id);
    if (declared.kind !== 'sentence') continue;
    const label = declared.label[locale];
    const messages = new MessageCache((v) => declared.message(v, locale));
    judgeSentences(ctx, rule, (v) => {
      const message = messages.get(v);
      out.push({
        rule: rule.id,
        label,
        severity,
        start: v.start,
        end: v.end,
        message,
        section,
        excerpt: excerptOf(ctx.text, v),
      });
    });
  }
}
