import type { AssessmentDraft } from './draft';
import { DOCUMENT_TEXT, sectionHeading } from './document-text';

/** 总体评价：较好 */
export function ratingLine(draft: Pick<AssessmentDraft, 'rating'>): string {
  return `${DOCUMENT_TEXT.rating}：${draft.rating ?? DOCUMENT_TEXT.notRated}`;
}

/**
 * The whole 评议意见 as plain text (what 复制全文 puts on the clipboard): the form's title, the report
 * and the people (those filled in), each section under its numbered heading, and the rating line.
 */
export function renderPlainText(draft: AssessmentDraft, reportTitle: string): string {
  const { speaker, reviewer, date } = draft.people;
  const head = [
    draft.title,
    ...(reportTitle ? [`${DOCUMENT_TEXT.report}：${reportTitle}`] : []),
    ...(speaker ? [`${DOCUMENT_TEXT.speaker}：${speaker}`] : []),
    ...(reviewer ? [`${DOCUMENT_TEXT.reviewer}：${reviewer}`] : []),
    ...(date ? [`${DOCUMENT_TEXT.reviewDate}：${date}`] : []),
  ].join('\n');
  const sections = draft.sections.map((s, i) => `${sectionHeading(i, s.title)}\n${s.text.trim() || DOCUMENT_TEXT.emptySection}`);
  return [head, ...sections, ratingLine(draft)].join('\n\n') + '\n';
}
