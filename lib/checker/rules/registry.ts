import { disguisedAchievement } from '@/lib/checker/rules/disguised-achievement';
import { missingData } from '@/lib/checker/rules/missing-data';
import { objectiveCause } from '@/lib/checker/rules/objective-cause';
import type { CheckerRule } from '@/lib/checker/rules/rule';
import { vagueAchievement } from '@/lib/checker/rules/vague-achievement';
import { vagueMeasure } from '@/lib/checker/rules/vague-measure';
import { vagueProblem } from '@/lib/checker/rules/vague-problem';

/**
 * Every checker rule, in the order findings are listed and counted. To add a rule: write its module
 * (id, label, message, suggested tag, lexicon keys, config shape), add it here and give it an entry in
 * each ruleset (lib/checker/rulesets/default.ts); ids, schema, labels and flags follow from this list.
 */
export const RULES = [vagueProblem, vagueMeasure, missingData, disguisedAchievement, objectiveCause, vagueAchievement] as const;

type Rules = typeof RULES;
export type RuleId = Rules[number]['id'];
export type SentenceRuleId = Extract<Rules[number], { kind: 'sentence' }>['id'];

/** The ids as a tuple type, so `z.enum(RULE_IDS)` knows every id. */
const idsOf = <T extends readonly CheckerRule[]>(rules: T) => rules.map((rule) => rule.id) as { -readonly [K in keyof T]: T[K]['id'] };
export const RULE_IDS = idsOf(RULES);

/** The ruleset schema's `rules` entry, one per rule, as the rule modules declare it. */
export type RulesConfigShape = { [R in Rules[number] as R['id']]: R['config'] };

const BY_ID = new Map<string, CheckerRule>(RULES.map((rule) => [rule.id, rule]));

export const isRuleId = (id: string): id is RuleId => BY_ID.has(id);

export function ruleById(id: RuleId): CheckerRule {
  return BY_ID.get(id)!;
}

/**
 * The rule whose message an earlier build stored as this comment (转为批注 copied the Chinese message),
 * from its head up to the first “：”; null for the reviewer's own words. Used once, by the database
 * upgrade that stores the rule as the annotation's `source`.
 */
export function ruleOfLegacyComment(comment: string): RuleId | null {
  const head = comment.trimStart().split('：', 1)[0]!;
  return RULES.find((rule) => (rule.legacyHeads as readonly string[]).includes(head))?.id ?? null;
}
