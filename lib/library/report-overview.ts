import { flagsFromAnnotations } from '@/lib/assessment/flags';
import type { Annotation, Assessment, AssessmentTemplate, DocumentRecord } from '@/lib/schema';

/** One report in the meeting overview. */
export interface ReportRow {
  documentId: string;
  title: string;
  url: string;
  notes: number;
  /** Annotations whose passage needs checking (待确认) or could not be found (未能定位). */
  needsCheck: number;
  /** Checker findings turned into annotations (the report text itself is not stored). */
  flags: number;
  /** The reviewer's rating, or null while the report is not rated. */
  rating: string | null;
  /** Rated: the reviewer's verdict is in, so the report is done for the meeting. */
  done: boolean;
  updatedAt: number;
}

export type ReportSortKey = 'updated' | 'title' | 'notes' | 'flags' | 'rating' | 'done';

export interface OverviewInput {
  documents: readonly DocumentRecord[];
  annotations: readonly Annotation[];
  assessments: readonly Assessment[];
  form: Pick<AssessmentTemplate, 'ratingScale'>;
}

/**
 * One row per report the reviewer worked on (annotated or assessed), for the meeting: how many notes
 * and flags, the rating, done or not. A rating no longer on the team's scale counts as not rated.
 */
export function reportOverview({ documents, annotations, assessments, form }: OverviewInput): ReportRow[] {
  const notesOf = new Map<string, Annotation[]>();
  for (const a of annotations) notesOf.set(a.documentId, [...(notesOf.get(a.documentId) ?? []), a]);
  const assessmentOf = new Map(assessments.map((a) => [a.documentId, a]));
  return documents.flatMap((doc) => {
    const own = notesOf.get(doc.id) ?? [];
    const assessment = assessmentOf.get(doc.id);
    if (own.length === 0 && !assessment) return [];
    const rating = assessment?.rating && form.ratingScale.includes(assessment.rating) ? assessment.rating : null;
    return [{
      documentId: doc.id,
      title: doc.title,
      url: doc.url,
      notes: own.length,
      needsCheck: own.filter((a) => a.anchorStatus === 'uncertain' || a.anchorStatus === 'orphan').length,
      flags: flagsFromAnnotations(own).reduce((n, f) => n + f.count, 0),
      rating,
      done: rating !== null,
      updatedAt: Math.max(doc.updatedAt, assessment?.updatedAt ?? 0, ...own.map((a) => a.updatedAt)),
    }];
  });
}

/**
 * Sorted copy. `rating` follows the scale (best first, unrated last); `done` puts the unfinished first,
 * since that is what is left to do before the meeting. Ties fall back to the most recent.
 */
export function sortReports(rows: readonly ReportRow[], key: ReportSortKey, scale: readonly string[], descending = false): ReportRow[] {
  const rank = (r: ReportRow) => (r.rating === null ? scale.length : scale.indexOf(r.rating));
  const compare: Record<ReportSortKey, (a: ReportRow, b: ReportRow) => number> = {
    updated: (a, b) => b.updatedAt - a.updatedAt,
    title: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
    notes: (a, b) => b.notes - a.notes,
    flags: (a, b) => b.flags - a.flags,
    rating: (a, b) => rank(a) - rank(b),
    done: (a, b) => Number(a.done) - Number(b.done),
  };
  const sorted = [...rows].sort((a, b) => compare[key](a, b) || b.updatedAt - a.updatedAt);
  return descending ? sorted.reverse() : sorted;
}
