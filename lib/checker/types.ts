import type { RuleId } from '@/lib/checker/rules/registry';

/** The four parts a 述职报告 is judged by, in the order they usually appear. */
export const SECTION_KINDS = ['achievement', 'problem', 'cause', 'measure'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** How much a finding matters: an error is what a reviewer must question, a warning worth a look. */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

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
