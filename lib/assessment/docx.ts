import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { AssessmentDraft } from './draft';
import { DOCUMENT_TEXT, sectionHeading } from './document-text';
import { xmlSafe } from './xml-safe';

export interface DocxMeta {
  reportTitle: string;
  url: string;
  /** As printed under the title, e.g. 2024-05-01. */
  date: string;
}

/** A paragraph of plain text: reviewer text only ever becomes text runs, which the writer escapes. */
const text = (value: string, bold = false) => new TextRun({ text: xmlSafe(value), bold });

const labelled = (label: string, value: string) => new Paragraph({ children: [text(`${label}：`, true), text(value)] });

/**
 * The 评议意见 as a Word document (the `docx` package writes real OOXML): the form's title, the report
 * and its URL, the date, each section as a heading with one paragraph per line, and the rating.
 * Loaded on demand by the panel (`import()`), so the writer is not part of the panel's first load.
 */
export function assessmentDocx(draft: AssessmentDraft, meta: DocxMeta): Promise<Blob> {
  const sections = draft.sections.flatMap((s, i) => {
    const lines = s.text.split(/\r?\n/).filter((line) => line.trim() !== '');
    return [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(sectionHeading(i, s.title))] }),
      ...(lines.length > 0 ? lines : [DOCUMENT_TEXT.emptySection]).map((line) => new Paragraph({ children: [text(line)] })),
    ];
  });
  const doc = new Document({
    creator: '评阅 Pingyue',
    title: xmlSafe(`${draft.title} ${meta.reportTitle}`.trim()),
    styles: { default: { document: { run: { font: { ascii: 'Calibri', eastAsia: 'SimSun', hAnsi: 'Calibri' }, size: 24 } } } },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(draft.title)] }),
        labelled(DOCUMENT_TEXT.report, meta.reportTitle),
        labelled(DOCUMENT_TEXT.url, meta.url),
        labelled(DOCUMENT_TEXT.date, meta.date),
        ...sections,
        labelled(DOCUMENT_TEXT.rating, draft.rating ?? DOCUMENT_TEXT.notRated),
      ],
    }],
  });
  return Packer.toBlob(doc);
}
