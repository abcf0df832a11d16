import { compileRuleset } from '@/lib/checker/compile';
import { EvidenceIndex } from '@/lib/checker/evidence/evidence-index';
import type { Ruleset } from '@/lib/checker/ruleset-schema';
import { defaultRuleset } from '@/lib/checker/rulesets/default';
import { findPlaceholders, missingDataFindings } from '@/lib/checker/rules/missing-data';
import { sentenceRuleFindings } from '@/lib/checker/rules/sentence-rules';
import { detectSections } from '@/lib/checker/sections/detect-sections';
import type { CheckResult, Section } from '@/lib/checker/types';

/** Finds the parts of a 述职报告 and the passages a reviewer should question. Offsets are UTF-16 indices. */
export function checkReport(text: string, ruleset: Ruleset = defaultRuleset): CheckResult {
  const compiled = compileRuleset(ruleset);
  const sections = detectSections(text, compiled);
  const placeholders = findPlaceholders(text, compiled);
  const ctx = {
    text,
    compiled,
    sections,
    evidence: new EvidenceIndex(text, compiled),
    placeholderStarts: placeholders.map((p) => p.start),
  };
  const findings = compiled.disabled.has('missing-data') ? [] : missingDataFindings(text, compiled, placeholders);
  sentenceRuleFindings(ctx, findings);
  for (const f of findings) f.section ??= sectionAt(sections, f.start)?.kind;
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { sections, findings };
}

function sectionAt(sections: readonly Section[], pos: number): Section | undefined {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sections[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sections[lo];
  return s && s.start <= pos ? s : undefined;
}
