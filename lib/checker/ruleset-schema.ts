import { z } from 'zod/mini';
import { Lexicon, Patterns, RegExpSource } from '@/lib/checker/rule-config';
import { SectionKind, Severity } from '@/lib/schema/report-parts';
import { RULE_IDS, RULES, type RulesConfigShape } from '@/lib/checker/rules/registry';
import { SECTION_KINDS } from '@/lib/checker/types';

export const RuleIdSchema = z.enum(RULE_IDS);
/** The rules with trigger words a team may extend (every rule but the placeholder finder). */
const WordRuleIdSchema = z.enum(RULE_IDS.filter((id): id is Exclude<(typeof RULE_IDS)[number], 'missing-data'> => id !== 'missing-data'));

/** Where a unit of text may change parts: a heading of the outermost numbering, an inner one, … */
export const BOUNDARIES = ['top', 'sub', 'turn', 'paragraph', 'sentence'] as const;
export type BoundaryKind = (typeof BOUNDARIES)[number];
const BoundaryCosts = z.strictObject(Object.fromEntries(BOUNDARIES.map((b) => [b, z.number().check(z.gte(0))])) as Record<BoundaryKind, z.ZodMiniNumber>);

/** What a cue votes for: a part, or `preamble` (text before the first part), or `none` (only consumed). */
export const CueTarget = z.enum([...SECTION_KINDS, 'preamble', 'none']);
export type CueTarget = z.infer<typeof CueTarget>;

/**
 * How parts are found: sentences are scored by cues and the report is decoded as a sequence of parts
 * (lib/checker/sections), so every number here is a weight or a cost in one sum.
 */
export const SectionsConfig = z.strictObject({
  /** Line-start numbering, outermost first by `rank`: 第一部分, 一、, （一）, 1. … (一是 has the highest rank). */
  markers: z.array(z.strictObject({ rank: z.number(), pattern: RegExpSource })),
  /** Markers of this rank or more number items inside a part (一是, 首先，), never headings. */
  itemRank: z.number(),
  /** The rank of an unnumbered short line standing alone (a slogan heading). */
  plainHeadingRank: z.number(),
  maxHeadingChars: z.int().check(z.gte(4), z.lte(60)),
  /**
   * What a heading's title names, searched in this order; the part named first in the title wins
   * (存在的问题及整改措施 is a 问题 part that may hold measures). `none` entries are consumed and name
   * nothing (问题导向).
   */
  /** Tables read by their columns (lib/checker/sections/table-cells.ts). */
  tables: z._default(
    z.strictObject({
      /**
       * A column whose header matches holds a measure's owner or deadline (责任人, 完成时限): a filled cell
       * there makes the measure beside it concrete, and is never a problem's evidence.
       */
      planColumns: Patterns,
      /** A plan cell that names no owner or time (长期坚持, 持续推进, 待定) plans nothing. */
      unplanned: Patterns,
    }),
    { planColumns: [], unplanned: [] },
  ),
  titleKinds: z.array(
    z.strictObject({
      kind: CueTarget,
      patterns: Patterns,
      /** A match anywhere names the title's first part (a title ending on a shortcoming is a problem). */
      wholeTitle: z._default(z.boolean(), false),
    }),
  ),
  /** Cues read in every sentence: one combined scan, earlier entries win at the same place. */
  cues: z.array(
    z.strictObject({
      id: z.string().check(z.minLength(1)),
      kind: CueTarget,
      /** Another part that takes a share of the score (a shortcoming is also what a cause says). */
      alsoFor: z._default(z.array(z.strictObject({ kind: SectionKind, share: z.number().check(z.gte(0), z.lte(1)) })).check(z.maxLength(1)), []),
      weight: z.number(),
      /** The most one sentence takes from this cue. */
      cap: z.number().check(z.gte(0)),
      /** A turn phrase: the sentence it is in is a place where a part may start. */
      turn: z._default(z.boolean(), false),
      patterns: Patterns,
    }),
  ),
  weights: z.strictObject({
    /** A heading of the outermost numbering for the part its title names first, and for others it names. */
    topHeading: z.number(),
    topHeadingOther: z.number(),
    subHeading: z.number(),
    subHeadingOther: z.number(),
    /** Cues in a line ending with a colon (今年主要干了这几件事：) count this many times. */
    leadLine: z.number(),
    /** Each unit read as preamble adds this (negative): the preamble is as short as its evidence allows. */
    preamble: z.number(),
  }),
  /** Cost of moving on to a later part, by where the move happens. */
  forwardCost: BoundaryCosts,
  /**
   * Extra cost of going back to an earlier part (interleaved 问题/原因/措施 items). Only a heading or turn
   * phrase that names the part goes back at its own cost; elsewhere it costs at least the paragraph cost.
   */
  backwardCost: BoundaryCosts,
});
export type SectionsConfig = z.infer<typeof SectionsConfig>;

export const Ruleset = z.strictObject({
  name: z.string().check(z.minLength(1)),
  disabledRules: z._default(z.array(RuleIdSchema), []),
  /** One entry per rule, in the shape its module declares (lib/checker/rules/registry.ts). */
  rules: z.strictObject(Object.fromEntries(RULES.map((rule) => [rule.id, rule.config])) as RulesConfigShape),
  sections: SectionsConfig,
  evidence: z.strictObject({
    measureWords: Lexicon,
    /** Known names of units in the jurisdiction (村, 社区, 支部 …); a team adds its own. */
    gazetteer: z._default(Lexicon, []),
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
    maxTitleChars: z.int().check(z.gte(0)),
    /** Unnumbered sentences shorter than this (激发队伍活力。) are labels, not statements. */
    minSentenceChars: z.int().check(z.gte(0)),
    /** How many trigger words a message quotes. */
    quotedTriggers: z.int().check(z.gte(1), z.lte(10)),
    /**
     * A number inside quotes this short names a formula (“两个维护”, “三个100%”), so it is no
     * quantity or date: the general rule behind `evidence.notQuantities`.
     */
    maxFormulaChars: z.int().check(z.gte(0)),
  }),
});
export type Ruleset = z.infer<typeof Ruleset>;
export type RulesetInput = z.input<typeof Ruleset>;

/** What a team may change without forking the ruleset. */
export const RulesetOverrides = z.strictObject({
  disabledRules: z.optional(z.array(RuleIdSchema)),
  extraTriggers: z.optional(z.partialRecord(WordRuleIdSchema, Lexicon)),
  severity: z.optional(z.partialRecord(RuleIdSchema, Severity)),
  gazetteer: z.optional(Lexicon),
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
