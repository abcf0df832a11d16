export { checkReport, type CheckOptions } from '@/lib/checker/check-report';
export { Ruleset, RulesetOverrides, withOverrides } from '@/lib/checker/ruleset-schema';
export { defaultRuleset } from '@/lib/checker/rulesets/default';
export { RULE_IDS, SECTION_KINDS } from '@/lib/checker/types';
export type { CheckResult, Finding, RuleId, Section, SectionKind, Severity } from '@/lib/checker/types';
