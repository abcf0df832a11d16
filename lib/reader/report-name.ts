/** Titles that name a program or a template, not a report (PDF metadata is often left like this). */
const GENERIC_TITLE = /^(untitled|无标题|document|文档\d*|microsoft word|wps|pdf|新建.*文档|title|标题)$/i;
/** "Microsoft Word - 张三述职报告.docx": the name of the file the PDF was printed from. */
const PRINTED_FROM = /^(microsoft (word|excel|powerpoint)|wps( 文字| writer)?)\s*-\s*/i;

const withoutExtension = (name: string) => name.replace(/\.(pdf|docx|txt|text|md)$/i, '');

/**
 * What the reader calls a report: the PDF's own title when it has a real one, else the file's name
 * without its extension (reviewers receive files named for the person and year).
 */
export function reportName(fileName: string, metadataTitle?: string | null): string {
  const title = withoutExtension((metadataTitle ?? '').replace(PRINTED_FROM, '').trim());
  if (title && !GENERIC_TITLE.test(title) && title.length <= 200) return title;
  return withoutExtension(fileName.trim()) || fileName;
}
