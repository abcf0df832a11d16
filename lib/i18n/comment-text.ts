import type { Locale } from './locale';

/**
 * Strings of the toolbar's comment frame (entrypoints/comment). Enter saves and Shift+Enter starts a
 * new line, as in the chat and OA tools Chinese offices use every day (WeChat, DingTalk, WeCom).
 */
export const COMMENT_TEXT = {
  zh: {
    title: '评阅批注',
    label: '批注',
    placeholder: '写下对这段文字的意见（可不填）',
    hint: 'Enter 保存 · Shift+Enter 换行 · Esc 跳过',
    skip: '跳过',
    done: '完成',
    saving: '正在保存…',
    failed: '没有保存：',
    noAnnotation: '找不到这条批注，意见无法保存。可在侧边栏中补写。',
  },
  en: {
    title: 'Pingyue comment',
    label: 'Comment',
    placeholder: 'Your comment on this passage (optional)',
    hint: 'Enter saves · Shift+Enter new line · Esc skips',
    skip: 'Skip',
    done: 'Done',
    saving: 'Saving…',
    failed: 'Not saved: ',
    noAnnotation: 'This annotation was not found, so the comment cannot be saved. Add it in the side panel.',
  },
} satisfies Record<Locale, Record<string, string>>;
export type CommentText = (typeof COMMENT_TEXT)['zh'];
