/**
 * Report files the viewer tests open, generated at test time (nothing binary is committed):
 * a 16-page PDF printed by headless Chromium from `reportHtml` (CJK font: fonts-wqy-microhei), with
 * the report's title in its metadata and 公文-style page footers, and a .docx made with `docx`.
 */
import { chromium } from '@playwright/test';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { docxReportModel, LEDGER, pageFooter, pdfReportModel, reportHtml, reportPlainText, type ReportModel } from './report-text';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ReportPdf {
  bytes: Buffer;
  /** The PDF's metadata title (the HTML report's `<title>`). */
  title: string;
  model: ReportModel;
  /** The report as plain text, one paragraph per line: what the CLI checks. */
  text: string;
}

/** Prints the PDF report with headless Chromium (about 2 s). */
export async function makeReportPdf(model: ReportModel = pdfReportModel()): Promise<ReportPdf> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(reportHtml(model), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const footer = pageFooter(0).replace('0', '<span class="pageNumber"></span>');
    const bytes = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;text-align:center;font-size:11pt;font-family:'WenQuanYi Micro Hei',sans-serif">${footer}</div>`,
    });
    return { bytes, title: model.title, model, text: reportPlainText(model) };
  } finally {
    await browser.close();
  }
}

/** The Word styles of the generated reports: a centred title, part headings, indented justified paragraphs. */
const docxTitle = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 40 })] });
const docxHeading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, bold: true, size: 32 })] });
const docxBody = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 30 })], indent: { firstLine: 600 }, alignment: AlignmentType.JUSTIFIED, spacing: { line: 480 } });

/** The .docx report: title in the document properties, headings as Word headings, paragraphs indented. */
export async function makeReportDocx(model: ReportModel = docxReportModel()): Promise<Buffer> {
  const children: Paragraph[] = [
    docxTitle(model.title),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.byline, size: 30 })] }),
  ];
  for (const part of model.parts) {
    children.push(docxHeading(part.heading));
    for (const block of part.blocks) {
      if (block.subheading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: block.subheading, bold: true, size: 30 })] }));
      children.push(...block.paragraphs.map(docxBody));
    }
  }
  const doc = new Document({ title: model.title, creator: model.byline, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** A .docx whose problems are a Word table (问题清单: problem, cause, measure, owner, deadline), as 整改台账 are written. */
export async function makeLedgerDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, size: 24 })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [LEDGER.header, ...LEDGER.rows].map((cells) => new TableRow({ children: cells.map(cell) })),
  });
  const children = [
    docxTitle(LEDGER.title),
    docxHeading(LEDGER.achievementHeading),
    docxBody(LEDGER.achievement),
    docxHeading(LEDGER.problemHeading),
    table,
    docxHeading(LEDGER.measureHeading),
    docxBody(LEDGER.measure),
  ];
  const doc = new Document({ title: LEDGER.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

export interface PdfText {
  numPages: number;
  /** Metadata title as pdf.js reads it. */
  title: string;
  /** Each page's text items joined as pdf.js gives them (line ends as `\n`). */
  pages: string[];
}

/** Reads a PDF's pages with pdfjs-dist in Node, as a viewer would extract them. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  try {
    const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { numPages: doc.numPages, title: info.Title ?? '', pages };
  } finally {
    await doc.destroy();
  }
}
