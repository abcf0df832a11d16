import type { CompiledSentenceRule } from '@/lib/checker/compile';
import { lowerBound } from '@/lib/checker/evidence/evidence-index';
import type { CheckContext } from '@/lib/checker/rules/context';
import { isTitleOrLabel, sentenceAround, trailingNoteEnd, type Span } from '@/lib/checker/sentences';
import type { JudgedSection } from '@/lib/checker/sections/table-cells';

/** One sentence that a rule flags, with what triggered it. */
export interface Verdict extends Span {
  /** Its first distinct trigger words in order of appearance, for the message to quote: 部分, 有待. */
  words: string[];
  /** Hit by an `alwaysFlag` construction (evidence cannot clear it). */
  always: boolean;
  /** The sentence holds a template placeholder where its number should be. */
  hasPlaceholder: boolean;
}

/**
 * A verdict as `judgeSentences` hands it over: one object for all of a rule's sentences, whose words are
 * the first `count` of `words`. Valid only during the call; copy what is kept.
 */
export interface VerdictView extends Span {
  readonly words: readonly string[];
  count: number;
  always: boolean;
  hasPlaceholder: boolean;
}

/**
 * The shared judgement: in each section of the rule's kind, a sentence with a trigger and none of the
 * evidence that clears it is flagged. One regex pass per section; sentences are found around hits and
 * judged in text order, so evidence is looked up with a forward-only cursor. Verdicts go to `emit` as they
 * are made, in one reused view, and only the few trigger words a message quotes are kept: on megabytes
 * of text, short-lived objects are what keeps the garbage collector cheap.
 */
export function judgeSentences(ctx: CheckContext, rule: CompiledSentenceRule, emit: (verdict: VerdictView) => void): void {
  const { text, compiled } = ctx;
  const { config, scan, skipEntry, alwaysEntry } = rule;
  const maxQuoted = compiled.ruleset.thresholds.quotedTriggers;
  const evidence = config.clearedBy.length ? ctx.evidence.cursor(config.clearedBy) : null;
  // The sentence's distinct trigger words so far, the first `count` entries; reused for every sentence.
  const words: string[] = [];
  let count = 0;
  // The sentence being judged (one span, reused); `open` while it is.
  const span: Span = { start: 0, end: 0 };
  let open = false;
  let always = false;
  /** The sentence is concrete (or a title): only an `alwaysFlag` hit could still flag it. */
  let cleared = false;
  const view: VerdictView = { start: 0, end: 0, words, count: 0, always: false, hasPlaceholder: false };

  const close = () => {
    if (!open) return;
    open = false;
    if (cleared && !always) return;
    view.start = span.start;
    view.end = span.end;
    view.count = count;
    view.always = always;
    view.hasPlaceholder = hasPlaceholderIn(ctx, span);
    emit(view);
  };
  const counterInSection = rule.counter !== null && config.counterScope === 'section';
  // The part being read names a counter-trigger (with `counterScope: 'section'`): all its sentences are cleared.
  let sectionCountered = false;
  // A table row's owner or deadline (in their own columns) makes its measure concrete.
  const clearedByPlan = config.clearedBy.includes('owner') || config.clearedBy.includes('deadline');
  const isCleared = (s: Span, section: JudgedSection): boolean =>
    sectionCountered ||
    (clearedByPlan && section.planned === true) ||
    (!section.cell && isTitleOrLabel(text, s, compiled)) ||
    (evidence?.has(s.start, Math.max(trailingNoteEnd(text, s.end, section.end), section.evidenceEnd ?? 0)) ?? false) ||
    (rule.counter?.test(text.slice(s.start, s.end)) ?? false);

  // The section being read, and where the next `alwaysFlag` construction starts in it (found lazily, only forward).
  let slice = '';
  let nextAlways = -1;
  const alwaysAhead = (from: number, to: number): boolean => {
    const { alwaysScan } = rule;
    if (!alwaysScan) return false;
    if (nextAlways < from) {
      alwaysScan.lastIndex = from;
      nextAlways = alwaysScan.exec(slice)?.index ?? Infinity;
    }
    return nextAlways < to;
  };

  for (const section of ctx.sections) {
    if (section.kind !== config.section) continue;
    slice = text.slice(section.start, section.end);
    nextAlways = -1;
    sectionCountered = counterInSection && rule.counter!.test(slice);
    for (let from = 0, next = 0; scan.nextInSlice(text, section.start, slice, from); from = next) {
      next = scan.after();
      if (scan.end === scan.start || scan.entry === skipEntry) continue;
      const pos = section.start + scan.start;
      if (!open || pos >= span.end) {
        close();
        sentenceAround(text, pos, section.start, section.end, span);
        open = true;
        always = false;
        count = 0;
        cleared = isCleared(span, section);
      }
      if (scan.entry === alwaysEntry) always = true;
      else if (count < maxQuoted) {
        const word = slice.slice(scan.start, scan.end);
        if (!isAmong(words, count, word)) words[count++] = word;
      }
      // Nothing later in the sentence can change the verdict or its words: go on at the next sentence.
      const end = span.end - section.start;
      if ((cleared || count === maxQuoted) && (always || !alwaysAhead(scan.end, end))) next = Math.max(next, end);
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
