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

/** Runs every enabled sentence rule; each contributes only its message. */
export function sentenceRuleFindings(ctx: CheckContext): Finding[] {
  const { thresholds } = ctx.compiled.ruleset;
  return ctx.compiled.sentenceRules
    .filter((rule) => !ctx.compiled.disabled.has(rule.id))
    .flatMap((rule) =>
      judgeSentences(ctx, rule).map((v) => ({
        rule: rule.id,
        label: rule.config.label,
        severity: rule.config.severity,
        start: v.start,
        end: v.end,
        message: MESSAGES[rule.id](
          v,
          v.triggers.slice(0, thresholds.quotedTriggers).map((t) => `“${t}”`).join(''),
        ),
        section: rule.config.section,
        excerpt: excerptOf(ctx.text, v),
      })),
    );
}
