import type { Annotation, Assessment, DocumentRecord, TagSet } from '@/lib/schema';
import type { Table } from './csv';
import { buildAssessmentDraft } from './draft';
import { flagsFromAnnotations, formatFlags } from './flags';

export interface SummaryInput {
  tagSet: Pick<TagSet, 'tags' | 'form'>;
  documents: readonly DocumentRecord[];
  annotations: readonly Annotation[];
  assessments: readonly Assessment[];
}

/**
 * One row per report for the review meeting: title, URL, 述职人 / 评议人 / 评议日期, annotations per tag of the active set, the
 * checker flags, the rating and the text of every form section (the reviewer's edits where there
 * are any). Flags: report text is not stored, so reports cannot be re-checked here; the column counts
 * the annotations made from checker findings (see `flagsFromAnnotations`), and generated section
 * text uses the same counts. Reports without annotations or an assessment are left out.
 */
export function summaryTable({ tagSet, documents, annotations, assessments }: SummaryInput): Table {
  const { tags, form } = tagSet;
  const header = ['报告', '链接', '述职人', '评议人', '评议日期', ...tags.map((t) => t.label), '批注总数', '体检提示', '总体评价', ...form.sections.map((s) => s.title)];
  const rows = documents.flatMap((doc) => {
    const own = annotations.filter((a) => a.documentId === doc.id);
    const assessment = assessments.find((a) => a.documentId === doc.id) ?? null;
    if (own.length === 0 && !assessment) return [];
    const flags = flagsFromAnnotations(own);
    const draft = buildAssessmentDraft({ form, tags, annotations: own, flags, assessment });
    return [[
      doc.title,
      doc.url,
      draft.people.speaker,
      draft.people.reviewer,
      draft.people.date,
      ...tags.map((t) => own.filter((a) => a.tagId === t.id).length),
      own.length,
      formatFlags(flags),
      draft.rating ?? '',
      ...draft.sections.map((s) => s.text),
    ]];
  });
  return { header, rows };
}
