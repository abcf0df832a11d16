import { z } from 'zod';
import { RULE_IDS, SECTION_KINDS } from '@/lib/checker/types';

const isRegExpSource = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

/** Literal phrases, matched as written (no regex syntax), so reviewers can edit them safely. */
export const Lexicon = z.array(z.string().min(1));
/** RegExp sources; `{MW}` (measure words), `{NUM}` and `{CNNUM}` are expanded when compiled. */
export const Patterns = z.array(z.string().min(1).refine(isRegExpSource, { message: 'invalid regular expression' }));

export const RuleIdSchema = z.enum(RULE_IDS);
export const SectionKindSchema = z.enum(SECTION_KINDS);
export const SeveritySchema = z.enum(['error', 'warning']);
export const EvidenceKind = z.enum(['quantity', 'date', 'deadline', 'frequency', 'owner', 'deliverable', 'named']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** A sentence rule: trigger words in one kind of section, cleared by any of the listed evidence kinds. */
export const SentenceRuleConfig = z.strictObject({
  label: z.string().min(1),
  severity: SeveritySchema,
  section: SectionKindSchema,
  triggers: Lexicon,
  /** Regex triggers for constructions a word list cannot express. */
  patterns: Patterns.default([]),
  /** Matched before triggers at the same place: a hit here hides the trigger (有的放矢, 个别谈话). */
  exceptions: Patterns.default([]),
  /** Evidence that makes the sentence concrete; empty means evidence never clears it. */
  clearedBy: z.array(EvidenceKind),
  /** Phrases that, anywhere in the same sentence, also clear it (主观上, 本人 for causes). */
  counterTriggers: Lexicon.default([]),
});
export type SentenceRuleConfig = z.infer<typeof SentenceRuleConfig>;

export const MissingDataConfig = z.strictObject({
  label: z.string().min(1),
  severity: SeveritySchema,
  /** Placeholder runs; each match is one finding. */
  patterns: Patterns,
  /** Look-alikes matched first and skipped: 3×4, “1+X”, X光, markdown **bold**, footnote marks. */
  exceptions: Patterns,
});

export const Ruleset = z.strictObject({
  name: z.string().min(1),
  disabledRules: z.array(RuleIdSchema).default([]),
  rules: z.strictObject({
    'vague-problem': SentenceRuleConfig.extend({
      /** 以成绩代问题 constructions; flagged even when the sentence has numbers. */
      alwaysFlag: Patterns.default([]),
    }),
    'vague-measure': SentenceRuleConfig,
    'missing-data': MissingDataConfig,
    'disguised-achievement': SentenceRuleConfig,
    'objective-cause': SentenceRuleConfig,
    'vague-achievement': SentenceRuleConfig,
  }),
  sections: z.strictObject({
    /** Line-start numbering: 一、 （一） 第一部分 1. ① … */
    markers: Patterns,
    /** Heading titles (without the marker) that start a part; each must match the whole title. */
    headings: z.strictObject({
      achievement: Patterns,
      problem: Patterns,
      cause: Patterns,
      measure: Patterns,
    }),
    /** A title matching this never starts a part (针对存在问题… is a measure, not a problem). */
    headingGuards: Patterns,
    maxHeadingChars: z.number().int().min(4).max(60),
    /** Phrases that turn to the next part without a heading; only ever move forward. */
    turns: z.array(
      z.strictObject({ kind: SectionKindSchema, at: z.enum(['sentence', 'paragraph']), patterns: Patterns }),
    ),
  }),
  evidence: z.strictObject({
    measureWords: Lexicon,
    /** Known names of units in the jurisdiction (村, 社区, 支部 …); a team adds its own. */
    gazetteer: Lexicon.default([]),
    /** Numeral phrases that are fixed terms, not counts (四个意识, 十九届). */
    notQuantities: Patterns,
    kinds: z.strictObject({
      quantity: Patterns,
      date: Patterns,
      deadline: Patterns,
      frequency: Patterns,
      owner: Patterns,
      deliverable: Patterns,
      named: Patterns,
    }),
  }),
  thresholds: z.strictObject({
    /** An enumerated sentence this short (一是加强队伍建设。) is an item title, judged by its body. */
    maxTitleChars: z.number().int().min(0),
    /** Unnumbered sentences shorter than this (激发队伍活力。) are labels, not statements. */
    minSentenceChars: z.number().int().min(0),
    /** How many trigger words a message quotes. */
    quotedTriggers: z.number().int().min(1).max(10),
  }),
});
export type Ruleset = z.infer<typeof Ruleset>;
export type RulesetInput = z.input<typeof Ruleset>;

/** What a team may change without forking the ruleset. */
export const RulesetOverrides = z.strictObject({
  disabledRules: z.array(RuleIdSchema).optional(),
  extraTriggers: z.partialRecord(RuleIdSchema.exclude(['missing-data']), Lexicon).optional(),
  severity: z.partialRecord(RuleIdSchema, SeveritySchema).optional(),
  gazetteer: Lexicon.optional(),
});
export type RulesetOverrides = z.infer<typeof RulesetOverrides>;

/** Merges a team's overrides into a ruleset (lists are appended, never replaced) and validates the result. */
export function withOverrides(ruleset: Ruleset, overrides: RulesetOverrides): Ruleset {
  const o = RulesetOverrides.parse(overrides);
  const merge = (a: readonly string[], b: readonly string[] = []) => [...new Set([...a, ...b])];
  const rules = Object.fromEntries(
    Object.entries(ruleset.rules).map(([id, rule]) => {
      const extra = o.extraTriggers?.[id as keyof NonNullable<typeof o.extraTriggers>];
      const severity = o.severity?.[id as keyof NonNullable<typeof o.severity>] ?? rule.severity;
      return [id, 'triggers' in rule ? { ...rule, severity, triggers: merge(rule.triggers, extra) } : { ...rule, severity }];
    }),
  );
  return Ruleset.parse({
    ...ruleset,
    disabledRules: merge(ruleset.disabledRules, o.disabledRules),
    rules,
    evidence: { ...ruleset.evidence, gazetteer: merge(ruleset.evidence.gazetteer, o.gazetteer) },
  });
}
