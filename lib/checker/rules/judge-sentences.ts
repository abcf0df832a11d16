import type { CompiledSentenceRule } from '@/lib/checker/compile';
import { lowerBound } from '@/lib/checker/evidence/evidence-index';
import type { CheckContext } from '@/lib/checker/rules/context';
import { isTitleOrLabel, sentenceAround, type Span } from '@/lib/checker/sentences';

/** One sentence that a rule flags, with what triggered it. */
export interface Verdict extends Span {
  /** Its first distinct trigger words in order of appearance, quoted for the message: “部分”“有待”. */
  quoted: string;
  /** Hit by an `alwaysFlag` construction (evidence cannot clear it). */
  always: boolean;
  /** The sentence holds a template placeholder where its number should be. */
  hasPlaceholder: boolean;
}

/**
 * The shared judgement: in each section of the rule's kind, a sentence with a trigger and none of the
 * evidence that clears it is flagged. One regex pass per section; sentences are found around hits and
 * judged in text order, so evidence is looked up with a forward-only cursor. Verdicts go to `emit` as they
 * are made, and only the few trigger words a message quotes are kept: on megabytes of text, short-lived
 * objects are what keeps the garbage collector cheap.
 */
export function judgeSentences(ctx: CheckContext, rule: CompiledSentenceRule, emit: (verdict: Verdict) => void): void {
  const { text, compiled } = ctx;
  const { config, skipGroup, alwaysGroup } = rule;
  const maxQuoted = compiled.ruleset.thresholds.quotedTriggers;
  const evidence = config.clearedBy.length ? ctx.evidence.cursor(config.clearedBy) : null;
  // The sentence's distinct trigger words so far, the first `count` entries; reused for every sentence.
  const words: string[] = [];
  let count = 0;
  let span: Span | null = null;
  let always = false;

  const close = () => {
    if (!span) return;
    const s = span;
    span = null;
    if (!always) {
      if (isTitleOrLabel(text, s, compiled)) return;
      if (evidence?.has(s.start, s.end)) return;
      if (rule.counter?.test(text.slice(s.start, s.end))) return;
    }
    let quoted = '';
    for (let i = 0; i < count; i++) quoted += `“${words[i]}”`;
    emit({ start: s.start, end: s.end, quoted, always, hasPlaceholder: hasPlaceholderIn(ctx, s) });
  };

  for (const section of ctx.sections) {
    if (section.kind !== config.section) continue;
    const slice = text.slice(section.start, section.end);
    const re = rule.scan;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const word = m[0];
      if (word.length === 0) {
        re.lastIndex++;
        continue;
      }
      if (skipGroup && m[skipGroup] !== undefined) continue;
      const pos = section.start + m.index;
      if (!span || pos >= span.end) {
        close();
        span = sentenceAround(text, pos, section.start, section.end);
        always = false;
        count = 0;
      }
      if (alwaysGroup && m[alwaysGroup] !== undefined) always = true;
      else if (count < maxQuoted && !isAmong(words, count, word)) words[count++] = word;
    }
    close();
  }
}

function isAmong(words: readonly string[], count: number, word: string): boolean {
  for (let i = 0; i < count; i++) if (words[i] === word) return true;
  return false;
}

function hasPlaceholderIn(ctx: CheckContext, span: Span): boolean {
  const i = lowerBound(ctx.placeholderStarts, span.start);
  return i < ctx.placeholderStarts.length && ctx.placeholderStarts[i]! < span.end;
}

/** The rule's own explanation of a verdict. */
export type RuleMessage = (verdict: Verdict) => string;
