import type { Locale } from './locale';

/** The few strings the in-page toolbar shows; kept apart from the panel's so content scripts stay small. */
export const PAGE_TEXT = {
  zh: {
    toolbarLabel: '评阅：标记所选文字',
    commentBoxLabel: '评阅：为刚标记的文字写批注',
    taggedAs: '已标记为',
    commentFrameTitle: '批注输入框',
    frameBlocked: '此页面不允许显示批注框。标记已保存，可在侧边栏中补写批注。',
    close: '关闭',
    failed: '保存失败',
    hoverNoComment: '（尚无批注意见）',
    deletedTag: '已删除的标签',
    hoverHint: '单击高亮：在评阅侧边栏中查看这条批注',
  },
  en: {
    toolbarLabel: 'Pingyue: tag the selection',
    commentBoxLabel: 'Pingyue: comment on the passage just tagged',
    taggedAs: 'Tagged',
    commentFrameTitle: 'Comment field',
    frameBlocked: 'This page does not allow the comment box. The tag is saved; add a comment in the side panel.',
    close: 'Close',
    failed: 'Could not save',
    hoverNoComment: '(no comment yet)',
    deletedTag: 'Deleted tag',
    hoverHint: 'Click the highlight to see this note in the Pingyue side panel',
  },
} satisfies Record<Locale, Record<string, string>>;
export type PageText = (typeof PAGE_TEXT)['zh'];
