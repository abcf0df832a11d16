import type { CompiledSentenceRule } from '@/lib/checker/compile';
import { lowerBound } from '@/lib/checker/evidence/evidence-index';
import type { CheckContext } from '@/lib/checker/rules/context';
import { isTitleOrLabel, sentenceAround, type Span } from '@/lib/checker/sentences';

/** One sentence that a rule flags, with what triggered it. */
export interface Verdict extends Span {
  /** Distinct trigger words, in order of appearance. */
  triggers: string[];
  /** Hit by an `alwaysFlag` construction (evidence cannot clear it). */
  always: boolean;
  /** The sentence holds a template placeholder where its number should be. */
  hasPlaceholder: boolean;
}

/**
 * The shared judgement: in each section of the rule's kind, a sentence with a trigger and none of the
 * evidence that clears it is flagged. One regex pass per section; sentences are found around hits.
 */
export function judgeSentences(ctx: CheckContext, rule: CompiledSentenceRule): Verdict[] {
  const { text, compiled, evidence } = ctx;
  const { config } = rule;
  const verdicts: Verdict[] = [];
  let open: { span: Span; triggers: string[]; always: boolean } | null = null;

  const close = () => {
    if (!open) return;
    const { span, triggers, always } = open;
    open = null;
    if (!always && isTitleOrLabel(text, span, compiled)) return;
    if (!always && config.clearedBy.length && evidence.has(config.clearedBy, span.start, span.end)) return;
    if (!always && rule.counter?.test(text.slice(span.start, span.end))) return;
    verdicts.push({ ...span, triggers, always, hasPlaceholder: hasPlaceholderIn(ctx, span) });
  };

  for (const section of ctx.sections) {
    if (section.kind !== config.section) continue;
    const slice = text.slice(section.start, section.end);
    const re = rule.scan;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (rule.skipGroup && m[rule.skipGroup] !== undefined) continue;
      const pos = section.start + m.index;
      if (!open || pos >= open.span.end) {
        close();
        open = { span: sentenceAround(text, pos, section.start, section.end), triggers: [], always: false };
      }
      if (rule.alwaysGroup && m[rule.alwaysGroup] !== undefined) open.always = true;
      else if (!open.triggers.includes(m[0])) open.triggers.push(m[0]);
    }
    close();
  }
  return verdicts;
}

function hasPlaceholderIn(ctx: CheckContext, span: Span): boolean {
  const i = lowerBound(ctx.placeholderStarts, span.start);
  return i < ctx.placeholderStarts.length && ctx.placeholderStarts[i]! < span.end;
}

/** The rule's own explanation of a verdict; `quoted` is its first trigger words, e.g. “部分”“有待”. */
export type RuleMessage = (verdict: Verdict, quoted: string) => string;
