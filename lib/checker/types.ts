import type { RuleId } from '@/lib/checker/rules/registry';
import type { SectionKind, Severity } from '@/lib/schema/report-parts';

export { SECTION_KINDS, SEVERITIES, type SectionKind, type Severity } from '@/lib/schema/report-parts';

/** Offsets are UTF-16 indices into the checked text; `end` is exclusive. */
export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  heading?: string;
  /** Why the part starts here: the heading, turn phrase or cue words that decided it (for --explain). */
  why?: string;
}

export interface Finding {
  rule: RuleId;
  label: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  section?: SectionKind;
  excerpt: string;
}

export interface CheckResult {
  sections: Section[];
  findings: Finding[];
}
