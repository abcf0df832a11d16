import { isRuleId, RULES, type RuleId, type RulesetOverrides } from '@/lib/checker';
import type { Locale } from '@/lib/i18n/locale';
import type { CheckerSettings } from '@/lib/schema/tag-set';

/** A checker rule as a tag set can adjust it: switched off, and (for word rules) extra vague words. */
export interface CheckerRuleInfo {
  id: RuleId;
  /** The checker's own name for it (问题不实, 措施空泛 …). */
  label: string;
  /** Placeholder rules find placeholders by pattern; they have no word list to extend. */
  takesExtraWords: boolean;
}

/** Every rule of the checker, in its own order, named in the reviewer's language. */
export const checkerRules = (locale: Locale = 'zh'): CheckerRuleInfo[] =>
  RULES.map((rule) => ({ id: rule.id, label: rule.label[locale], takesExtraWords: rule.kind === 'sentence' }));

/** The label of a rule id; ids this build does not know (a newer set) are shown as they are. */
export function checkerRuleLabel(id: string, locale: Locale = 'zh'): string {
  return isRuleId(id) ? RULES.find((rule) => rule.id === id)!.label[locale] : id;
}

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
