import type { SentenceRuleId } from '@/lib/checker/compile';
import type { CheckContext } from '@/lib/checker/rules/context';
import { disguisedAchievementMessage } from '@/lib/checker/rules/disguised-achievement';
import { judgeSentences, type RuleMessage } from '@/lib/checker/rules/judge-sentences';
import { objectiveCauseMessage } from '@/lib/checker/rules/objective-cause';
import { vagueAchievementMessage } from '@/lib/checker/rules/vague-achievement';
import { vagueMeasureMessage } from '@/lib/checker/rules/vague-measure';
import { vagueProblemMessage } from '@/lib/checker/rules/vague-problem';
import { excerptOf } from '@/lib/checker/sentences';
import type { Finding } from '@/lib/checker/types';

const MESSAGES: Record<SentenceRuleId, RuleMessage> = {
  'vague-problem': vagueProblemMessage,
  'vague-measure': vagueMeasureMessage,
  'disguised-achievement': disguisedAchievementMessage,
  'objective-cause': objectiveCauseMessage,
  'vague-achievement': vagueAchievementMessage,
};

/** Runs every enabled sentence rule into `out`; each contributes only its message. */
export function sentenceRuleFindings(ctx: CheckContext, out: Finding[]): void {
  for (const rule of ctx.compiled.sentenceRules) {
    if (ctx.compiled.disabled.has(rule.id)) continue;
    const { label, severity, section } = rule.config;
    const message = MESSAGES[rule.id];
    judgeSentences(ctx, rule, (v) => {
      out.push({
        rule: rule.id,
        label,
        severity,
        start: v.start,
        end: v.end,
        message: message(v),
        section,
        excerpt: excerptOf(ctx.text, v),
      });
    });
  }
}
