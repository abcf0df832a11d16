import { downloadFile, safeFileName } from '@/components/ui/download-file';
import { annotationsTable } from '@/lib/assessment/annotations-table';
import { localDate } from '@/lib/shared/local-time';
import { toCsv } from '@/lib/assessment/csv';
import type { AssessmentDraft } from '@/lib/assessment/draft';
import { summaryTable } from '@/lib/assessment/summary-table';
import { getActiveTagSet, type PingyueDB } from '@/lib/db';
import type { Annotation, Tag } from '@/lib/schema';

/** The report an export is about, as the panel knows it. */
export interface ReportInfo {
  title: string;
  url: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv;charset=utf-8';

const today = () => localDate(Date.now());
const baseName = (report: ReportInfo) => `${safeFileName(report.title, 'pingyue-report')}-评议意见-${today()}`;

/** 导出 Word. The writer is imported on demand: it is most of the panel's code by size. */
export async function downloadDocx(draft: AssessmentDraft, report: ReportInfo): Promise<void> {
  const { assessmentDocx } = await import('@/lib/assessment/docx');
  const blob = await assessmentDocx(draft, { reportTitle: report.title });
  downloadFile(document, `${baseName(report)}.docx`, blob, DOCX_TYPE);
}

/** 导出 CSV: every annotation of this report. */
export function downloadAnnotationsCsv(report: ReportInfo, annotations: readonly Annotation[], tags: readonly Tag[], flagsOf: (a: Annotation) => string[]): void {
  const csv = toCsv(annotationsTable(report, annotations, tags, flagsOf));
  downloadFile(document, `${safeFileName(report.title, 'pingyue-report')}-批注-${today()}.csv`, csv, CSV_TYPE);
}

/** 导出全部报告汇总: one row per report, read from one consistent snapshot of the database. */
export async function downloadSummary(db: PingyueDB, format: 'csv' | 'xlsx'): Promise<void> {
  const source = await db.transaction('r', [db.documents, db.annotations, db.assessments, db.tagSets, db.settings], async () => ({
    tagSet: await getActiveTagSet(db),
    documents: await db.documents.orderBy('updatedAt').reverse().toArray(),
    annotations: await db.annotations.toArray(),
    assessments: await db.assessments.toArray(),
  }));
  const table = summaryTable(source);
  const name = `pingyue-评议汇总-${today()}`;
  if (format === 'csv') return downloadFile(document, `${name}.csv`, toCsv(table), CSV_TYPE);
  const { tableXlsx } = await import('@/lib/assessment/xlsx');
  downloadFile(document, `${name}.xlsx`, await tableXlsx(table, '评议汇总'), XLSX_TYPE);
}
