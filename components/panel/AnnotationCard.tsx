import { useEffect, useRef, useState } from 'react';
import type { Annotation, Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';

interface Props {
  annotation: Annotation;
  tags: readonly Tag[];
  text: PanelText;
  /** Labels of checker findings that overlap this passage (问题不实 …). */
  flags: readonly string[];
  /** Set while the passage's page is not rendered: its page number, or null when not known which. */
  pendingPage?: number | null;
  /**
   * Set while the card is the selected one; a new `seq` (another click on its highlight) brings it into
   * view again. `focus`: take the keyboard focus too (a click on the page, not 上一条 / 下一条, whose
   * buttons keep it).
   */
  selection?: { seq: number; focus: boolean };
  onOpen(annotation: Annotation): void;
  /** 确认 (待确认): keep the passage where it is highlighted now. */
  onConfirm(annotation: Annotation): Promise<boolean>;
  /** 重新定位: move the annotation to the passage selected on the page. */
  onRelocate(annotation: Annotation): Promise<boolean>;
  onComment(annotation: Annotation, comment: string): void;
  onTag(annotation: Annotation, tagId: string): void;
  onDelete(annotation: Annotation): void;
}

const QUOTE_CHARS = 140;

/**
 * One annotation: its quote (click → scroll to it on the page), status, comment, tag and delete; for a
 * passage 待确认 or 未能定位, 确认 / 重新定位. Selected (its highlight was clicked, or 上一条 / 下一条),
 * it scrolls into view and takes the focus.
 */
export function AnnotationCard({ annotation, tags, text, flags, pendingPage, selection, onOpen, onComment, onTag, onDelete, onConfirm, onRelocate }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [relocating, setRelocating] = useState(false);
  const card = useRef<HTMLLIElement>(null);
  const quote = annotation.anchor.quote.exact;
  const status = annotation.anchorStatus;
  const tagKnown = tags.some((t) => t.id === annotation.tagId);
  const lost = status === 'orphan' && pendingPage === undefined;

  useEffect(() => {
    if (!selection) return;
    card.current?.scrollIntoView({ block: 'nearest' });
    if (selection.focus) card.current?.focus({ preventScroll: true });
  }, [selection?.seq]);

  return (
    <li
      ref={card}
      tabIndex={-1}
      aria-current={selection ? 'true' : undefined}
      className={`card status-${status}${selection ? ' selected' : ''}`}
      data-testid="annotation"
      data-annotation-id={annotation.id}
    >
      <button type="button" className="quote" onClick={() => onOpen(annotation)} title={quote}>
        {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}
      </button>
      {status === 'uncertain' && <span className="badge uncertain" title={text.uncertainHint}>{text.uncertain}</span>}
      {lost && <span className="badge orphan" title={text.orphanHint}>{text.orphan}</span>}
      {pendingPage !== undefined && (
        <span className="badge pending" title={text.pendingHint} data-testid="pending">
          {pendingPage === null ? text.pending : text.onPage(pendingPage)}
        </span>
      )}
      {flags.map((flag) => (
        <span key={flag} className="badge flag" data-testid="flag">{flag}</span>
      ))}
      {relocating ? (
        <div className="relocate" role="group" aria-label={text.relocate}>
          <p className="muted">{text.relocateHint}</p>
          <div className="row">
            <button type="button" onClick={() => void onRelocate(annotation).then((moved) => moved && setRelocating(false))}>{text.relocateApply}</button>
            <button type="button" onClick={() => setRelocating(false)}>{text.cancel}</button>
          </div>
        </div>
      ) : (
        (status === 'uncertain' || lost) && (
          <div className="row placement">
            {status === 'uncertain' && (
              <button type="button" title={text.confirmHint} onClick={() => void onConfirm(annotation)}>{text.confirm}</button>
            )}
            <button type="button" onClick={() => setRelocating(true)}>{text.relocate}</button>
          </div>
        )
      )}
      {draft === null ? (
        <button type="button" className="comment" onClick={() => setDraft(annotation.comment)} aria-label={text.edit}>
          {annotation.comment || <span className="muted">{text.noComment}</span>}
        </button>
      ) : (
        <form
          className="editor"
          onSubmit={(event) => {
            event.preventDefault();
            onComment(annotation, draft.trim());
            setDraft(null);
          }}
        >
          <textarea
            autoFocus
            value={draft}
            placeholder={text.commentPlaceholder}
            aria-label={text.commentPlaceholder}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(null);
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
            }}
          />
          <div className="row">
            <button type="submit">{text.save}</button>
            <button type="button" onClick={() => setDraft(null)}>{text.cancel}</button>
          </div>
        </form>
      )}
      <div className="row actions">
        <select
          aria-label={text.changeTag}
          value={annotation.tagId}
          onChange={(event) => onTag(annotation, event.target.value)}
        >
          {!tagKnown && <option value={annotation.tagId}>{text.deletedTag}</option>}
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>{tag.label}</option>
          ))}
        </select>
        <button type="button" className="danger" onClick={() => onDelete(annotation)}>{text.delete}</button>
      </div>
    </li>
  );
}
