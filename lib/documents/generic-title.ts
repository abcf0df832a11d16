/**
 * Titles that name a viewer, not a report. OA systems and file previews put their own `<title>` on every
 * report they show (文档预览, PDF.js viewer …); such a title must never replace a report's real one.
 */
const GENERIC_TITLES: readonly RegExp[] = [
  /^(在线|文档|文件|附件|公文|正文)?(预览|查看|阅读|浏览)(器|页面?)?$/,
  /^(pdf\.?js|pdf)?\s*(viewer|preview|reader)$/i,
  /^(document|untitled|无标题|新标签页|new tab|loading|加载中)(…|\.\.\.)?$/i,
];

/** True for an empty title, a URL or file path used as a title, or a viewer's name. */
export function isGenericTitle(title: string): boolean {
  const trimmed = title.trim();
  if (trimmed === '') return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return true;
  return GENERIC_TITLES.some((pattern) => pattern.test(trimmed));
}

/** The title a stored report keeps when a page shows it under `seen`. */
export function chooseTitle(stored: string, seen: string): string {
  return isGenericTitle(seen) && !isGenericTitle(stored) ? stored : seen;
}
