import type { Locale } from './locale';

/** The few strings the in-page toolbar shows; kept apart from the panel's so content scripts stay small. */
export const PAGE_TEXT = {
  zh: { commentPlaceholder: '批注（可选），再点标签保存', toolbarLabel: '评阅：标记所选文字', saved: '已保存', failed: '保存失败' },
  en: { commentPlaceholder: 'Comment (optional), then pick a tag', toolbarLabel: 'Pingyue: tag the selection', saved: 'Saved', failed: 'Could not save' },
} satisfies Record<Locale, Record<string, string>>;
export type PageText = (typeof PAGE_TEXT)['zh'];
