import type { Tag } from '@/lib/schema/tag-set';
import { ruleById } from './rules/registry';
import type { Finding, SectionKind } from './types';

/** The tag each report part is reviewed under in the default set. */
const TAG_FOR_SECTION: Record<SectionKind, string> = {
  achievement: 'achievement',
  problem: 'problem',
  cause: 'problem',
  measure: 'measure',
};

/**
 * The tag a finding becomes when the reviewer accepts it: the tag its rule names (a vague problem is a
 * 问题, a vague measure a 措施), else the tag of the part of the report it was found in. Falls back to the
 * first tag of a team set that lacks the suggested one.
 */
export function suggestedTagId(finding: Pick<Finding, 'rule' | 'section'>, tags: readonly Tag[]): string | null {
  const wanted = ruleById(finding.rule).suggestedTag ?? TAG_FOR_SECTION[finding.section ?? 'problem'];
  return tags.find((t) => t.id === wanted)?.id ?? tags[0]?.id ?? null;
}

/** Findings whose span overlaps [start, end): the flags an annotation of that passage shows. */
export function findingsOverlapping<T extends Pick<Finding, 'start' | 'end'>>(findings: readonly T[], start: number, end: number): T[] {
  return findings.filter((f) => f.start < end && start < f.end);
}
