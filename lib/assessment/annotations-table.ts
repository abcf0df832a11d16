import type { Annotation, DocumentRecord, Tag } from '@/lib/schema';
import type { Table } from './csv';
import { inDocumentOrder } from './draft';
import { DOCUMENT_TEXT } from './document-text';
import { localDateTime } from '@/lib/shared/local-time';


/**
 * Every annotation of one report as a table, in document order: the report's title and URL on each
 * row (so tables of several reports can be pasted together), the tag's label (已删除的标签 for a tag
 * the set no longer has), the whole passage, the comment, the checker's flags for the passage when
 * the report was checked, the anchoring status and the passage's position in the report's text.
 */
export function annotationsTable(
  report: Pick<DocumentRecord, 'title' | 'url'>,
  annotations: readonly Annotation[],
  tags: readonly Tag[],
  flagsOf: (annotation: Annotation) => readonly string[] = () => [],
): Table {
  return {
    header: ['报告', '链接', '标签', '原文', '批注', '体检提示', '状态', '位置', '创建时间', '修改时间'],
    rows: inDocumentOrder(annotations).map((a) => [
      report.title,
      report.url,
      tags.find((t) => t.id === a.tagId)?.label ?? DOCUMENT_TEXT.deletedTag,
      a.anchor.quote.exact,
      a.comment,
      flagsOf(a).join('、'),
      DOCUMENT_TEXT.statuses[a.anchorStatus],
      `${a.anchor.position.start}-${a.anchor.position.end}`,
      localDateTime(a.createdAt),
      localDateTime(a.updatedAt),
    ]),
  };
}
