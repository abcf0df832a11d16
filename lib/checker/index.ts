export { checkReport, type CheckOptions } from '@/lib/checker/check-report';
export { Ruleset, RulesetOverrides, withOverrides } from '@/lib/checker/ruleset-schema';
export { defaultRuleset } from '@/lib/checker/rulesets/default';
export { RULE_IDS, RULES, isRuleId, ruleById, type RuleId } from '@/lib/checker/rules/registry';
export { SECTION_KINDS, SEVERITIES } from '@/lib/checker/types';
export type { CheckResult, Finding, Section, SectionKind, Severity } from '@/lib/checker/types';
