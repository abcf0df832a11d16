import { compileRuleset } from '@/lib/checker/compile';
import { EvidenceIndex } from '@/lib/checker/evidence/evidence-index';
import { normalizeText } from '@/lib/checker/normalize/normalize-text';
import { originalEnd, originalStart, type NormalizedText } from '@/lib/checker/normalize/offset-map';
import type { Ruleset } from '@/lib/checker/ruleset-schema';
import { defaultRuleset } from '@/lib/checker/rulesets/default';
import { findPlaceholders, missingDataFindings } from '@/lib/checker/rules/missing-data';
import { sentenceRuleFindings } from '@/lib/checker/rules/sentence-rules';
import { detectSections } from '@/lib/checker/sections/detect-sections';
import { tableCellSections } from '@/lib/checker/sections/table-cells';
import { excerptOf } from '@/lib/checker/sentences';
import type { CheckResult, Section } from '@/lib/checker/types';
import type { Locale } from '@/lib/i18n/locale';

export interface CheckOptions {
  /** Give each section its `why`: the heading, turn phrase or cue words that start it. */
  explain?: boolean;
  /** The language of labels, messages and explanations; Chinese unless asked. */
  locale?: Locale;
}

/**
 * Finds the parts of a 述职报告 and the passages a reviewer should question. The text is read
 * normalised (simplified characters, no page furniture, wrapped lines joined); every offset returned is
 * a UTF-16 index into `text` as passed in.
 */
export function checkReport(text: string, ruleset: Ruleset = defaultRuleset, options: CheckOptions = {}): CheckResult {
  const normalized = normalizeText(text);
  const result = checkNormalized(normalized.text, ruleset, options.explain ?? false, options.locale ?? 'zh');
  return normalized.origin ? toOriginal(result, normalized, text) : result;
}

function checkNormalized(text: string, ruleset: Ruleset, explain: boolean, locale: Locale): CheckResult {
  const compiled = compileRuleset(ruleset);
  const sections = detectSections(text, compiled, explain ? locale : null);
  // Rules read tables by their columns; the parts reported stay as the decoder found them.
  const judged = tableCellSections(text, sections, compiled);
  const placeholders = findPlaceholders(text, compiled);
  const ctx = {
    text,
    compiled,
    sections: judged,
    evidence: new EvidenceIndex(text, compiled, judged),
    placeholderStarts: placeholders.map((p) => p.start),
  };
  const findings = compiled.disabled.has('missing-data') ? [] : missingDataFindings(text, compiled, placeholders, locale);
  sentenceRuleFindings(ctx, findings, locale);
  for (const f of findings) f.section ??= sectionAt(sections, f.start)?.kind;
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { sections, findings };
}

/** Offsets back into the caller's text; excerpts are taken from it too, so they read as the page does. */
function toOriginal(result: CheckResult, normalized: NormalizedText, original: string): CheckResult {
  return {
    sections: result.sections.map((s) => ({ ...s, start: originalStart(normalized, s.start), end: originalStart(normalized, s.end) })),
    findings: result.findings.map((f) => {
      const start = originalStart(normalized, f.start);
      const end = Math.max(start, originalEnd(normalized, f.end));
      return { ...f, start, end, excerpt: excerptOf(original, { start, end }) };
    }),
  };
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
