import { isRuleId, ruleById, RULE_IDS, type Finding, type RuleId } from '@/lib/checker';
import type { Annotation } from '@/lib/schema';
import { findingsOverlapping } from '@/lib/checker/finding-tag';
import { prepareText, resolveAnchor } from '@/lib/anchoring/resolve-anchor';
import type { Locale } from '@/lib/i18n/locale';

/** How often one checker rule fired: a line of the 体检 summary (问题不实 3 处). */
export interface FlagCount {
  rule: RuleId;
  label: string;
  count: number;
}

/** Findings counted per rule, in the checker's rule order; rules that did not fire are left out. */
export function countFindings(findings: readonly Pick<Finding, 'rule' | 'label'>[]): FlagCount[] {
  return RULE_IDS.flatMap((rule) => {
    const hits = findings.filter((f) => f.rule === rule);
    return hits.length > 0 ? [{ rule, label: hits[0]!.label, count: hits.length }] : [];
  });
}

/** 问题不实 3 处、措施空泛 2 处: a line of the 评议意见, which is a Chinese document whatever the UI's language. */
export function formatFlags(flags: readonly Pick<FlagCount, 'rule' | 'count'>[]): string {
  return flags.map((f) => `${ruleById(f.rule).label.zh} ${f.count} 处`).join('、');
}

/** The rule an annotation was made from in the 体检 view (its `source`), or null for the reviewer's own. */
export function ruleOfAnnotation(annotation: Pick<Annotation, 'source'>): RuleId | null {
  const source = annotation.source;
  return source?.kind === 'checker' && isRuleId(source.ruleId) ? source.ruleId : null;
}

/**
 * The flags of a report whose text is not at hand: Pingyue stores annotations, not report text, so a
 * report that is not open cannot be re-checked. What is known offline is which annotations were made
 * from checker findings; those are counted per rule, labelled in the reviewer's language.
 */
export function flagsFromAnnotations(annotations: readonly Pick<Annotation, 'source'>[], locale: Locale = 'zh'): FlagCount[] {
  const findings = annotations.flatMap((a) => {
    const rule = ruleOfAnnotation(a);
    return rule ? [{ rule, label: ruleById(rule).label[locale] }] : [];
  });
  return countFindings(findings);
}

/**
 * The checker's findings that really cover each annotation. Findings index the reading text the checker
 * ran on (lines joined, page furniture dropped); an annotation's anchor indexes the frame's text map or
 * one page of a paged viewer. So each annotation is first found in the reading text by its quote, and
 * findings are matched there: one coordinate system, whatever the viewer. An annotation whose passage is
 * not in the text read (a page not read yet) gets no flags.
 */
export function findingsByAnnotation<F extends Pick<Finding, 'start' | 'end'>>(
  readingText: string,
  findings: readonly F[],
  annotations: readonly Pick<Annotation, 'id' | 'anchor'>[],
): Map<string, F[]> {
  const covering = new Map<string, F[]>();
  if (findings.length === 0 || annotations.length === 0) return covering;
  const prepared = prepareText(readingText);
  for (const { id, anchor } of annotations) {
    const place = resolveAnchor(prepared, anchor);
    if (place.status !== 'orphan') covering.set(id, findingsOverlapping(findings, place.start, place.end));
  }
  return covering;
}
