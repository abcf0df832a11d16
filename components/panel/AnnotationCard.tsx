import { useState } from 'react';
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
  onOpen(annotation: Annotation): void;
  onComment(annotation: Annotation, comment: string): void;
  onTag(annotation: Annotation, tagId: string): void;
  onDelete(annotation: Annotation): void;
}

const QUOTE_CHARS = 140;

/** One annotation: its quote (click → scroll to it on the page), status, comment, tag and delete. */
export function AnnotationCard({ annotation, tags, text, flags, pendingPage, onOpen, onComment, onTag, onDelete }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const quote = annotation.anchor.quote.exact;
  const status = annotation.anchorStatus;
  const tagKnown = tags.some((t) => t.id === annotation.tagId);

  return (
    <li className={`card status-${status}`} data-testid="annotation" data-annotation-id={annotation.id}>
      <button type="button" className="quote" onClick={() => onOpen(annotation)} title={quote}>
        {quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote}
      </button>
      {status === 'uncertain' && <span className="badge uncertain" title={text.uncertainHint}>{text.uncertain}</span>}
      {status === 'orphan' && pendingPage === undefined && <span className="badge orphan" title={text.orphanHint}>{text.orphan}</span>}
      {pendingPage !== undefined && (
        <span className="badge pending" title={text.pendingHint} data-testid="pending">
          {pendingPage === null ? text.pending : text.onPage(pendingPage)}
        </span>
      )}
      {flags.map((flag) => (
        <span key={flag} className="badge flag" data-testid="flag">{flag}</span>
      ))}
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
