import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { AssessmentDraft } from './draft';
import { DOCUMENT_TEXT } from './document-text';
import { xmlSafe } from './xml-safe';

export interface DocxMeta {
  reportTitle: string;
}

/** A run of plain text: reviewer text only ever becomes text runs, which the writer escapes. */
const text = (value: string, bold = false) => new TextRun({ text: xmlSafe(value), bold });

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;
/** Label and value columns of the form, in twentieths of a point (A4 text width ≈ 9000). */
const LABEL_WIDTH = 1600;
const VALUE_WIDTH = 2900;

const cell = (lines: readonly string[], { bold = false, span = 1, width = VALUE_WIDTH } = {}) =>
  new TableCell({
    borders: BORDERS,
    columnSpan: span,
    width: { size: width, type: WidthType.DXA },
    children: (lines.length > 0 ? lines : ['']).map((line) => new Paragraph({ children: [text(line, bold)] })),
  });
const label = (value: string) => cell([value], { bold: true, width: LABEL_WIDTH });
const wide = (lines: readonly string[]) => cell(lines, { span: 3, width: VALUE_WIDTH * 2 + LABEL_WIDTH });

/**
 * The 评议意见 as a Word 评议表, the way such forms are printed: the title, a bordered table (报告;
 * 述职人 and 评议日期; one row per section; 总体评价) and a signature line for the 评议人. No link: the
 * printed form goes into the meeting's file, and an OA address means nothing there. Loaded on demand by
 * the panel (`import()`), so the writer (the `docx` package: real OOXML) is not part of its first load.
 */
export function assessmentDocx(draft: AssessmentDraft, meta: DocxMeta): Promise<Blob> {
  const { speaker, reviewer, date } = draft.people;
  const sectionRows = draft.sections.map((s) => {
    const lines = s.text.split(/\r?\n/).filter((line) => line.trim() !== '');
    return new TableRow({ children: [label(s.title), wide(lines.length > 0 ? lines : [DOCUMENT_TEXT.emptySection])] });
  });
  const table = new Table({
    width: { size: LABEL_WIDTH * 2 + VALUE_WIDTH * 2, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH, LABEL_WIDTH, VALUE_WIDTH],
    rows: [
      new TableRow({ children: [label(DOCUMENT_TEXT.report), wide([meta.reportTitle])] }),
      new TableRow({ children: [label(DOCUMENT_TEXT.speaker), cell([speaker]), label(DOCUMENT_TEXT.reviewDate), cell([date])] }),
      ...sectionRows,
      new TableRow({ children: [label(DOCUMENT_TEXT.rating), wide([draft.rating ?? DOCUMENT_TEXT.notRated])] }),
    ],
  });
  const doc = new Document({
    creator: '评阅 Pingyue',
    title: xmlSafe(`${draft.title} ${meta.reportTitle}`.trim()),
    styles: { default: { document: { run: { font: { ascii: 'Calibri', eastAsia: 'SimSun', hAnsi: 'Calibri' }, size: 24 } } } },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(draft.title)] }),
        table,
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: 480 },
          children: [text(`${DOCUMENT_TEXT.signature}${reviewer || DOCUMENT_TEXT.blank}　　${DOCUMENT_TEXT.signatureDate}${date || DOCUMENT_TEXT.blank}`)],
        }),
      ],
    }],
  });
  return Packer.toBlob(doc);
}
