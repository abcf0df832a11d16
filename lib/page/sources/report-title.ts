import { isPageNumberLine } from './page-text';

/**
 * Titles viewers give every document they show (文档预览, PDF.js viewer …): they name the viewer, not
 * the report. Matched on the whole title and on its first part before a separator ("文档预览 - XX OA").
 */
const GENERIC_TITLE =
  /^((文档|文件|附件|在线|报告)?(预览|查看|阅读|浏览)(器|页面?)?|(pdf|word|docx?|ofd)\s*(文档|文件)?\s*(预览|查看器?|阅读器)?|pdf\.?js(\s*viewer)?|(document|file|pdf)?\s*(preview|viewer)|untitled|无标题|loading…?|加载中…?)$/i;
const TITLE_SEPARATOR = /\s+[-–—|_]\s+|\s*[|｜]\s*/;
/** Authoring tools prefix their name to the metadata title ("Microsoft Word - 述职报告.docx"). */
const TOOL_PREFIX = /^(microsoft\s+(word|powerpoint|excel)|wps\s*(文字|office)?)\s*-\s*/i;
const FILE_EXTENSION = /\.(docx?|pdf|wps|ofd|txt)$/i;
const MAX_TITLE_LINE = 60;

export function isGenericTitle(title: string): boolean {
  const trimmed = title.trim();
  if (trimmed === '') return true;
  const first = trimmed.split(TITLE_SEPARATOR, 1)[0]!.trim();
  return GENERIC_TITLE.test(trimmed) || GENERIC_TITLE.test(first);
}

/** A metadata title without the authoring tool's prefix and the file extension. */
export function cleanMetadataTitle(title: string): string {
  return title.trim().replace(TOOL_PREFIX, '').replace(FILE_EXTENSION, '').trim();
}

/** The report's own title line: the first short line of its text that is not a page number. */
export function titleLine(text: string): string | null {
  for (const raw of text.split('\n', 20)) {
    const line = raw.trim();
    if (!line || isPageNumberLine(line)) continue;
    return line.length <= MAX_TITLE_LINE ? line : null;
  }
  return null;
}

export interface TitleSources {
  /** The frame's `<title>`. */
  pageTitle: string;
  /** The document's own title (a PDF's metadata title), where the viewer gives one. */
  metadataTitle?: string | null;
  /** The report's reading text (its first line is usually the title). */
  text: () => string;
  url: string;
}

/**
 * A report's name: the page title unless it is a viewer's generic one; then the document's metadata
 * title, then its title line; the generic title or the URL when nothing better is known.
 */
export function reportTitle({ pageTitle, metadataTitle, text, url }: TitleSources): string {
  const page = pageTitle.trim();
  let title = page;
  if (isGenericTitle(page)) {
    const metadata = metadataTitle ? cleanMetadataTitle(metadataTitle) : '';
    title = (metadata && !isGenericTitle(metadata) ? metadata : null) ?? titleLine(text()) ?? (page || url);
  }
  return title.slice(0, 1000);
}
