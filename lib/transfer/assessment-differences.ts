import type { Assessment } from '@/lib/schema';

/** One field of an assessment that the reviewer's and a file's versions fill differently. */
export type AssessmentDifference =
  | { field: 'rating' | 'speaker' | 'reviewer' | 'date' | 'tagSet'; mine: string | null; theirs: string | null }
  /** An edited section of the form; null: not edited there (the draft is generated from the notes). */
  | { field: 'section'; sectionId: string; mine: string | null; theirs: string | null };

/**
 * What differs between two assessments of one report, field by field, in the form's order (rating,
 * people, date, then the edited sections), for the import's conflict screen. Times do not count.
 */
export function assessmentDifferences(mine: Assessment, theirs: Assessment): AssessmentDifference[] {
  const differences: AssessmentDifference[] = [];
  const plain = [
    ['rating', mine.rating, theirs.rating],
    ['speaker', mine.speaker, theirs.speaker],
    ['reviewer', mine.reviewer, theirs.reviewer],
    ['date', mine.date, theirs.date],
    ['tagSet', mine.tagSetId, theirs.tagSetId],
  ] as const;
  for (const [field, a, b] of plain) if (a !== b) differences.push({ field, mine: a, theirs: b });
  const sections = new Set([...Object.keys(mine.editedSections), ...Object.keys(theirs.editedSections)]);
  for (const sectionId of sections) {
    const a = Object.hasOwn(mine.editedSections, sectionId) ? mine.editedSections[sectionId]! : null;
    const b = Object.hasOwn(theirs.editedSections, sectionId) ? theirs.editedSections[sectionId]! : null;
    if (a !== b) differences.push({ field: 'section', sectionId, mine: a, theirs: b });
  }
  return differences;
}
