import { Assessment } from '@/lib/schema';
import type { PingyueDB } from './pingyue-db';

/** A change to a report's assessment: the rating, and/or one section's text (null: back to generated). */
export interface AssessmentPatch {
  rating?: string | null;
  section?: { id: string; text: string | null };
  people?: Partial<Pick<Assessment, 'speaker' | 'reviewer' | 'date'>>;
}

/** The 评议人 the reviewer last wrote on any report: one person reviews many reports. */
export async function lastReviewerName(db: PingyueDB): Promise<string> {
  const recent = await db.assessments.orderBy('updatedAt').reverse().toArray();
  return recent.find((a) => a.reviewer)?.reviewer ?? '';
}

/** The reviewer's assessment of one report, if they rated it or edited its text. */
export function getAssessment(db: PingyueDB, documentId: string): Promise<Assessment | undefined> {
  return db.assessments.get(documentId);
}

/**
 * Applies `patch` to a report's assessment in one transaction (read, change, validate, write), so a
 * rating picked while a section is being saved loses neither. The record is created on first use and
 * remembers the tag set whose form it was written against.
 */
export async function updateAssessment(
  db: PingyueDB,
  documentId: string,
  tagSetId: string,
  patch: AssessmentPatch,
  now: number,
): Promise<Assessment> {
  return db.transaction('rw', db.assessments, async () => {
    const before = await db.assessments.get(documentId);
    const editedSections = { ...before?.editedSections };
    if (patch.section) {
      if (patch.section.text === null) delete editedSections[patch.section.id];
      else editedSections[patch.section.id] = patch.section.text;
    }
    const after = Assessment.parse({
      documentId,
      tagSetId,
      rating: patch.rating === undefined ? (before?.rating ?? null) : patch.rating,
      editedSections,
      speaker: before?.speaker ?? '',
      reviewer: before?.reviewer ?? '',
      date: before?.date ?? '',
      ...patch.people,
      updatedAt: now,
    });
    await db.assessments.put(after);
    return after;
  });
}
