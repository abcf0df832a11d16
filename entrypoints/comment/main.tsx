import { createRoot } from 'react-dom/client';
import { CommentBox, type SaveResult } from '@/components/comment/CommentBox';
import { COMMENT_TEXT } from '@/lib/i18n/comment-text';
import { detectLocale } from '@/lib/i18n/locale';
import { annotationIdFromHash, frameMessage, type CommentFrameEvent } from '@/lib/page/comment-frame-protocol';
import type { PageToBackground, Reply } from '@/lib/schema';
import '@/components/comment/comment.css';

// The toolbar's comment field, framed into report pages: wiring only (components/comment/CommentBox).
const locale = detectLocale(navigator.languages);
const text = COMMENT_TEXT[locale];
document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
document.title = text.title;

const save = async (annotationId: string, comment: string): Promise<SaveResult> => {
  const message: PageToBackground = { type: 'annotation/comment', annotationId, comment };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<unknown> | undefined;
  return reply?.ok ? { ok: true } : { ok: false, error: reply?.error ?? 'no reply' };
};
// Only non-secret facts go to the page's window (lib/page/comment-frame-protocol.ts).
const notify = (event: CommentFrameEvent) => window.parent.postMessage(frameMessage(event), '*');

createRoot(document.getElementById('root')!).render(
  <CommentBox annotationId={annotationIdFromHash(location.hash)} text={text} save={save} notify={notify} />,
);
