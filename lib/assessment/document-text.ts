import type { AnchorStatus } from '@/lib/schema';

/**
 * Fixed words of the exported documents. The assessment form is a Chinese document whatever the
 * panel's language (its sections and scale come from the tag set's template, which is Chinese too),
 * so these are not translated with the panel.
 */
export const DOCUMENT_TEXT = {
  deletedTag: '已删除的标签',
  emptySection: '（无）',
  flagsPrefix: '体检提示：',
  rating: '总体评价',
  notRated: '（未评）',
  report: '报告',
  speaker: '述职人',
  reviewer: '评议人',
  reviewDate: '评议日期',
  signature: '评议人（签字）：',
  signatureDate: '日期：',
  blank: '　　　　　　',
  statuses: { anchored: '已定位', uncertain: '待确认', orphan: '未能定位', unknown: '未核对' } satisfies Record<AnchorStatus, string>,
} as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、主要成绩: the heading of the n-th (0-based) section; templates have at most ten. */
export function sectionHeading(index: number, title: string): string {
  return `${NUMERALS[index] ?? String(index + 1)}、${title}`;
}
