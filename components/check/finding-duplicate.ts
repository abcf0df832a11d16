import type { Finding } from '@/lib/checker';
import type { Annotation } from '@/lib/schema';
import { findingsByAnnotation } from '@/lib/assessment/flags';

/**
 * What 转为批注 does with a finding on a passage the reviewer may already have tagged: a new annotation;
 * nothing, when an annotation with the same tag on the same or an overlapping passage already says it;
 * or the finding's message added to that annotation's comment. Never a silent second annotation.
 */
export type FindingPlan =
  | { kind: 'create' }
  | { kind: 'duplicate'; annotation: Annotation }
  | { kind: 'merge'; annotation: Annotation; comment: string };

/** `readingText` is the text the checker ran on: findings and annotations are matched there (flags.ts). */
export function planFindingAnnotation(readingText: string, finding: Finding, tagId: string, annotations: readonly Annotation[]): FindingPlan {
  const sameTag = annotations.filter((a) => a.tagId === tagId);
  const covering = findingsByAnnotation(readingText, [finding], sameTag);
  const annotation = sameTag.find((a) => (covering.get(a.id)?.length ?? 0) > 0);
  if (!annotation) return { kind: 'create' };
  if (annotation.comment.includes(finding.message)) return { kind: 'duplicate', annotation };
  const comment = annotation.comment.trim() ? `${annotation.comment.trim()}\n${finding.message}` : finding.message;
  return { kind: 'merge', annotation, comment };
}
