import type { Locale } from './locale';

/**
 * What the panel and the options page say about the sites where a report's notes are shown
 * (lib/background/origin-consent.ts), Chinese first.
 */
export const ORIGIN_TEXT = {
  zh: {
    panelSummary: (n: number) => `在 ${n} 个网站显示批注`,
    panelHint: '只有这些网站的页面会显示本报告的批注（网站的脚本能读出哪些段落被标记）。移除后该网站上的标记立即消失，批注不会删除；下次在该网站打开本报告时会再次询问。',
    panelNone: '本报告目前不在任何网站显示批注；在网页上标记段落或在询问时选“显示”即可。',
    current: '当前页面',
    reader: '评阅阅读器（本机文件）',
    localFiles: '本机文件',
    opaque: '无来源的页面（沙箱框架、data: 页面）',
    remove: '移除',
    removeLabel: (site: string) => `移除 ${site}：不再在此网站显示本报告的批注`,
    removeConfirm: (site: string) => `不再在 ${site} 显示本报告的批注？该网站上的标记会立即消失，批注不会删除。`,
    removeYes: '确认移除',
    cancel: '取消',
    removed: (site: string) => `已不在 ${site} 显示本报告的批注。下次在该网站打开时会再次询问。`,
    withdrawnHere: (site: string) => `已不在 ${site} 显示本报告的批注。刷新或再次打开此页面时会再次询问。`,
    undo: '撤销',
    failed: '未能更改：',
    // The options page.
    sitesHeading: '显示批注的网站',
    sitesIntro: '报告的批注只在您使用过它的网站上显示：在那里标记过段落，或在询问时选了“显示”。其他网站的页面即使含有相同的文字，也看不到任何批注。',
    sitesEmpty: '还没有报告在任何网站显示批注。',
    siteReports: (n: number) => `${n} 份报告`,
    siteWithdraw: '不再在此网站显示批注',
    siteWithdrawLabel: (site: string) => `不再在 ${site} 显示任何报告的批注`,
    siteWithdrawConfirm: (site: string, n: number) => `不再在 ${site} 显示这 ${n} 份报告的批注？已打开的页面上的标记会立即消失，批注不会删除；下次在该网站打开某份报告时会再次询问。`,
    siteWithdrawn: (site: string, n: number) => `已不在 ${site} 显示 ${n} 份报告的批注。`,
    reportRemoveLabel: (title: string, site: string) => `不再在 ${site} 显示「${title}」的批注`,
    untitled: '（无标题报告）',
  },
  en: {
    panelSummary: (n: number) => `Annotations shown on ${n} site${n === 1 ? '' : 's'}`,
    panelHint: "Only pages of these sites show this report's annotations (the site's scripts can tell which passages are tagged). Removing a site unpaints it at once and deletes no annotation; the next time the report opens there, you are asked again.",
    panelNone: 'This report shows its annotations on no site yet: tag a passage on a page, or answer “Show” when asked.',
    current: 'this page',
    reader: 'Pingyue reader (local files)',
    localFiles: 'Local files',
    opaque: 'Pages without an origin (sandboxed frames, data: pages)',
    remove: 'Remove',
    removeLabel: (site: string) => `Remove ${site}: stop showing this report's annotations there`,
    removeConfirm: (site: string) => `Stop showing this report's annotations on ${site}? The highlights there disappear at once; no annotation is deleted.`,
    removeYes: 'Remove',
    cancel: 'Cancel',
    removed: (site: string) => `This report's annotations are no longer shown on ${site}. You will be asked again the next time it opens there.`,
    withdrawnHere: (site: string) => `This report's annotations are no longer shown on ${site}. You will be asked again when this page reloads or opens again.`,
    undo: 'Undo',
    failed: 'Could not change it: ',
    sitesHeading: 'Sites that show annotations',
    sitesIntro: "A report's annotations are shown only on sites where you used it: you tagged a passage there, or answered “Show” when asked. Pages of other sites see no annotation, even when they hold the same text.",
    sitesEmpty: 'No report shows its annotations on any site yet.',
    siteReports: (n: number) => `${n} report${n === 1 ? '' : 's'}`,
    siteWithdraw: 'Stop showing annotations on this site',
    siteWithdrawLabel: (site: string) => `Stop showing any report's annotations on ${site}`,
    siteWithdrawConfirm: (site: string, n: number) => `Stop showing the annotations of these ${n} report(s) on ${site}? Highlights on open pages disappear at once; no annotation is deleted. You are asked again the next time a report opens there.`,
    siteWithdrawn: (site: string, n: number) => `Annotations of ${n} report(s) are no longer shown on ${site}.`,
    reportRemoveLabel: (title: string, site: string) => `Stop showing the annotations of “${title}” on ${site}`,
    untitled: '(untitled report)',
  },
} satisfies Record<Locale, Record<string, unknown>>;
export type OriginText = (typeof ORIGIN_TEXT)['zh'];

/** How a consent key (lib/documents/report-origins.ts `originOf`) is shown to the reviewer. */
export function siteName(origin: string, extensionOrigin: string, text: OriginText): string {
  if (origin === extensionOrigin) return text.reader;
  if (origin === 'file://') return text.localFiles;
  if (origin === 'null') return text.opaque;
  return origin;
}
