import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CommentText } from '@/lib/i18n/comment-text';
import type { CommentFrameEvent } from '@/lib/page/comment-frame-protocol';

/** Outcome of saving: ok, or the reason it failed (shown to the reviewer, the text stays in the field). */
export type SaveResult = { ok: true } | { ok: false; error: string };

export interface CommentBoxProps {
  /** null when the frame's URL named no valid annotation. */
  annotationId: string | null;
  text: CommentText;
  save(annotationId: string, comment: string): Promise<SaveResult>;
  /** Tells the toolbar in the page something it may know (size, empty or not, closed). */
  notify(event: CommentFrameEvent): void;
}

/** The field grows with the text from this many lines to the next, then scrolls. */
const MIN_LINES = 3;
const MAX_LINES = 10;

/**
 * The comment field of the toolbar, inside an extension-origin frame: keys, input and IME composition
 * happen in a document the page cannot script or listen to. The comment goes from here to the background
 * (`annotation/comment`); the page only learns that the box closed.
 */
export function CommentBox({ annotationId, text, save, notify }: CommentBoxProps) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState(annotationId ? '' : text.noAnnotation);
  const field = useRef<HTMLTextAreaElement>(null);
  const box = useRef<HTMLFormElement>(null);
  const dirty = value.trim() !== '';

  useEffect(() => {
    const focusField = () => field.current?.focus();
    // The parent focuses the iframe once it is ready, unless the reviewer has moved on (clicked into
    // another frame meanwhile); hand that focus to the field. Never take it unasked: a focus() of our own
    // would pull the reviewer's keys away from the frame they just clicked into.
    if (document.hasFocus()) focusField();
    window.addEventListener('focus', focusField);
    notify({ type: 'ready' });
    return () => window.removeEventListener('focus', focusField);
  }, [notify]);

  useEffect(() => notify({ type: 'dirty', dirty }), [dirty, notify]);

  // Report the frame's height whenever the content changes size (the field grows, a status appears).
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const report = () => notify({ type: 'size', height: Math.ceil(element.getBoundingClientRect().height) });
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [notify]);

  useLayoutEffect(() => fitToText(field.current), [value]);

  const escapeDown = useRef(false);
  // Enter saves on its keydown; the box closes on its release. Closed sooner, the frame would be gone
  // before the keyup, which would then reach the page (where an OA form may act on a keyup Enter).
  const enterDown = useRef(false);
  const closeOnRelease = useRef(false);
  const skip = () => notify({ type: 'close', saved: false });
  const closeSaved = () => {
    if (enterDown.current) closeOnRelease.current = true;
    else notify({ type: 'close', saved: true });
  };
  const finish = async () => {
    if (busy) return;
    const comment = value.trim();
    if (!comment) return skip();
    if (!annotationId) return setStatus(text.noAnnotation);
    setBusy(true);
    setStatus(text.saving);
    const result = await save(annotationId, comment).catch((error: unknown): SaveResult => ({ ok: false, error: String(error) }));
    setBusy(false);
    if (result.ok) closeSaved();
    else setStatus(text.failed + result.error);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      // Closed on the key's release, so the frame is not removed between its keydown and keyup.
      event.preventDefault();
      escapeDown.current = true;
    } else if (event.key === 'Enter' && event.target === field.current && !event.shiftKey && !isComposing(event)) {
      // Enter saves; Shift+Enter is a new line. Enter that confirms an IME candidate never saves.
      event.preventDefault();
      enterDown.current = true;
      void finish();
    }
  };

  const onKeyUp = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter') releaseEnter();
    if (event.key !== 'Escape' || !escapeDown.current) return;
    escapeDown.current = false;
    skip();
  };

  const releaseEnter = () => {
    enterDown.current = false;
    if (!closeOnRelease.current) return;
    closeOnRelease.current = false;
    notify({ type: 'close', saved: true });
  };

  // A release the frame never sees (the focus left it with Enter held) must not keep the saved box open.
  useEffect(() => {
    window.addEventListener('blur', releaseEnter);
    return () => window.removeEventListener('blur', releaseEnter);
  });

  return (
    <form
      ref={box}
      className="comment-box"
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onSubmit={(event) => {
        event.preventDefault();
        void finish();
      }}
    >
      <textarea
        ref={field}
        value={value}
        rows={MIN_LINES}
        aria-label={text.label}
        aria-describedby="hint"
        placeholder={text.placeholder}
        maxLength={20_000}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="row">
        <span id="hint" className="hint">{text.hint}</span>
        <button type="button" onClick={skip} disabled={busy}>{text.skip}</button>
        <button type="submit" className="primary" disabled={busy}>{text.done}</button>
      </div>
      {status && <p className="status" role="status">{status}</p>}
    </form>
  );
}

/** True while an IME is composing: the Enter that picks a candidate (keyCode 229 in Chrome) is not ours. */
function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** Grow the field with its text between MIN_LINES and MAX_LINES; beyond that it scrolls. */
function fitToText(field: HTMLTextAreaElement | null): void {
  if (!field) return;
  const style = getComputedStyle(field);
  const line = parseFloat(style.lineHeight) || 24;
  const chrome = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  field.style.height = 'auto';
  const wanted = field.scrollHeight + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  const height = Math.min(Math.max(wanted, MIN_LINES * line + chrome), MAX_LINES * line + chrome);
  field.style.height = `${height}px`;
  field.style.overflowY = wanted > height + 1 ? 'auto' : 'hidden';
}
