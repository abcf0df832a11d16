import { defaultRuleset, RULE_IDS, type RuleId, type RulesetOverrides } from '@/lib/checker';
import type { CheckerSettings } from '@/lib/schema/tag-set';

/** A checker rule as a tag set can adjust it: switched off, and (for word rules) extra vague words. */
export interface CheckerRuleInfo {
  id: RuleId;
  /** The checker's own name for it (问题不实, 措施空泛 …). */
  label: string;
  /** `missing-data` finds placeholders by pattern; it has no word list to extend. */
  takesExtraWords: boolean;
}

/** Every rule of the checker, in its own order, with its label from the default ruleset. */
export const CHECKER_RULES: readonly CheckerRuleInfo[] = RULE_IDS.map((id) => ({
  id,
  label: defaultRuleset.rules[id].label,
  takesExtraWords: id !== 'missing-data',
}));

/** The label of a rule id; ids this build does not know (a newer set) are shown as they are. */
export function checkerRuleLabel(id: string): string {
  return CHECKER_RULES.find((rule) => rule.id === id)?.label ?? id;
}

const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);

/**
 * A tag set's checker settings in `withOverrides` shape. Rule ids this build does not know are
 * dropped rather than refused: a set written for a newer checker must still check with this one.
 */
export function toRulesetOverrides(settings: CheckerSettings): RulesetOverrides {
  const extraTriggers: NonNullable<RulesetOverrides['extraTriggers']> = {};
  for (const [id, words] of Object.entries(settings.extraTriggers)) {
    if (isRuleId(id) && id !== 'missing-data' && words.length > 0) extraTriggers[id] = words;
  }
  return { disabledRules: settings.disabledRules.filter(isRuleId), extraTriggers };
}
