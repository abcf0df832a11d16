// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { createRoot } from 'react-dom/client';
import { CommentBox, type SaveResult } from '@/components/comment/CommentBox';
import { COMMENT_TEXT } from '@/lib/i18n/comment-text';
import { detectLocale, languageTag } from '@/lib/i18n/locale';
import { annotationIdFromHash, frameMessage, type CommentFrameEvent } from '@/lib/page/comment-frame-protocol';
import { sendToBackground } from '@/lib/transport/send-to-background';
import '@/components/comment/comment.css';

// The toolbar's comment field, framed into report pages: wiring only (components/comment/CommentBox).
const locale = detectLocale(navigator.languages);
const text = COMMENT_TEXT[locale];
document.documentElement.lang = languageTag(locale);
document.title = text.title;

const toBackground = sendToBackground(browser.runtime);
const save = (annotationId: string, comment: string): Promise<SaveResult> =>
  toBackground({ type: 'annotation/comment', annotationId, comment }).then(
    () => ({ ok: true }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
// Only non-secret facts go to the page's window (lib/page/comment-frame-protocol.ts).
const notify = (event: CommentFrameEvent) => window.parent.postMessage(frameMessage(event), '*');

createRoot(document.getElementById('root')!).render(
  <CommentBox annotationId={annotationIdFromHash(location.hash)} text={text} save={save} notify={notify} />,
);
