import type { z } from 'zod/mini';
import type { Verdict } from '@/lib/checker/rules/judge-sentences';
import type { Bilingual, Locale } from '@/lib/i18n/locale';

/** What a placeholder finding's message says: the placeholder as written, and whether a number is missing. */
export interface PlaceholderVerdict {
  shown: string;
  number: boolean;
}

/**
 * One checker rule, declared in one module: the registry (./registry.ts) derives the rule ids, the
 * ruleset schema, the messages, the tag a finding becomes and the flag labels from these.
 */
interface RuleBase<Id extends string, Config extends z.ZodMiniType> {
  id: Id;
  /** Its name for reviewers (问题不实); shown on flags, in 体检 and in tag-set settings. */
  label: Bilingual;
  /** The shape of its entry in a ruleset. */
  config: Config;
  /** The keys of that entry that hold its words and patterns (what a team extends or a maintainer tunes). */
  lexiconKeys: readonly string[];
  /** The tag id its findings become on 转为批注; null: the tag of the part of the report it lies in. */
  suggestedTag: string | null;
  /**
   * The heads (up to “：”) of its Chinese messages as earlier builds stored them in comments: the
   * database upgrade reads them once to record which rule an old annotation came from.
   */
  legacyHeads: readonly string[];
}

/** A rule judged sentence by sentence in one kind of part (lib/checker/rules/judge-sentences.ts). */
export interface SentenceRule<Id extends string = string, Config extends z.ZodMiniType = z.ZodMiniType> extends RuleBase<Id, Config> {
  kind: 'sentence';
  /** Reads only the verdict's words and flags, never its span: findings with the same ones share a message. */
  message(verdict: Verdict, locale: Locale): string;
}

/** A rule that finds template placeholders (lib/checker/rules/missing-data.ts). */
export interface PlaceholderRule<Id extends string = string, Config extends z.ZodMiniType = z.ZodMiniType> extends RuleBase<Id, Config> {
  kind: 'placeholder';
  message(verdict: PlaceholderVerdict, locale: Locale): string;
}

export type CheckerRule = SentenceRule | PlaceholderRule;

/** A sentence's trigger words as a message quotes them: “部分”“有待” / “部分”, “有待”. */
export const quoteWords = (words: readonly string[], locale: Locale): string =>
  words.map((w) => `“${w}”`).join(locale === 'zh' ? '' : ', ');

/** The note both word rules add when the sentence's only “number” is a template placeholder. */
export const placeholderNote = (verdict: Verdict, locale: Locale): string =>
  !verdict.hasPlaceholder ? '' : locale === 'zh' ? '句中的占位符不算数据。' : ' The placeholder in the sentence is not data.';
