import { z } from 'zod/mini';
import { SectionKind, Severity } from '@/lib/schema/report-parts';

/*
 * The shapes of one rule's entry in a ruleset. Each rule module (lib/checker/rules/*) names the shape its
 * entry takes; the ruleset schema is assembled from them (lib/checker/ruleset-schema.ts).
 */

const isRegExpSource = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

/** Literal phrases, matched as written (no regex syntax), so reviewers can edit them safely. */
export const Lexicon = z.array(z.string().check(z.minLength(1)));
/** RegExp sources; `{MW}` (measure words), `{NUM}`, `{CNNUM}` and `{MARKER}` (the section numberings) are expanded when compiled. */
export const RegExpSource = z.string().check(z.minLength(1), z.refine(isRegExpSource, { message: 'invalid regular expression' }));
export const Patterns = z.array(RegExpSource);

export const EvidenceKind = z.enum(['quantity', 'date', 'deadline', 'frequency', 'owner', 'deliverable', 'named']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** A sentence rule: trigger words in one kind of section, cleared by any of the listed evidence kinds. */
export const SentenceRuleConfig = z.strictObject({
  severity: Severity,
  section: SectionKind,
  triggers: Lexicon,
  /** Regex triggers for constructions a word list cannot express. */
  patterns: z._default(Patterns, []),
  /** Matched before triggers at the same place: a hit here hides the trigger (有的放矢, 个别谈话). */
  exceptions: z._default(Patterns, []),
  /** Evidence that makes the sentence concrete; empty means evidence never clears it. */
  clearedBy: z.array(EvidenceKind),
  /** Phrases that, anywhere in the same sentence (or part, see `counterScope`), also clear it (主观上, 本人 for causes). */
  counterTriggers: z._default(Lexicon, []),
  /**
   * Where a counter-trigger clears: its own sentence, or every sentence of the part it is in (a cause
   * part that names the writer's own failings is not "only circumstances" for mentioning some too).
   */
  counterScope: z._default(z.enum(['sentence', 'section']), 'sentence'),
});
export type SentenceRuleConfig = z.infer<typeof SentenceRuleConfig>;

export const MissingDataConfig = z.strictObject({
  severity: Severity,
  /** Placeholder runs; each match is one finding. */
  patterns: Patterns,
  /** Look-alikes matched first and skipped: 3×4, “1+X”, X光, markdown **bold**, footnote marks. */
  exceptions: Patterns,
});
export type MissingDataConfig = z.infer<typeof MissingDataConfig>;
