import { compareAnchors, type Annotation, type Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import { DELETED_TAG_COLOR } from '@/lib/tags/default-tag-set';
import { AnnotationCard } from './AnnotationCard';

type CardActions = Omit<Parameters<typeof AnnotationCard>[0], 'annotation' | 'tags' | 'text' | 'flags' | 'pendingPage' | 'selection'>;

interface Props extends CardActions {
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  text: PanelText;
  flagsFor(annotation: Annotation): string[];
  /** Annotations waiting for their page to render: the page, or null when it is not known which. */
  pendingPages: ReadonlyMap<string, number | null>;
  /** The selected card (its highlight was clicked, or 上一条 / 下一条), with a count that changes on each selection. */
  selected: { id: string; seq: number; focus: boolean } | null;
  /** 上一条 / 下一条 chose this annotation. */
  onStep(annotation: Annotation): void;
}

/**
 * Annotations grouped by tag (tag-set order, then any deleted tag), each group in document order, with
 * 上一条 / 下一条 through all of them in reading order (by page on a paged viewer, then position).
 */
export function AnnotationGroups({ annotations, tags, text, flagsFor, pendingPages, selected, onStep, ...actions }: Props) {
  const known = new Set(tags.map((t) => t.id));
  annotations = [...annotations].sort((a, b) => compareAnchors(a.anchor, b.anchor) || a.createdAt - b.createdAt);
  const groups = [
    ...tags.map((tag) => ({ key: tag.id, label: tag.label, color: tag.color, items: annotations.filter((a) => a.tagId === tag.id) })),
    { key: 'deleted-tag', label: text.deletedTag, color: DELETED_TAG_COLOR, items: annotations.filter((a) => !known.has(a.tagId)) },
  ].filter((group) => group.items.length > 0);
  const at = selected ? annotations.findIndex((a) => a.id === selected.id) : -1;
  const step = (by: 1 | -1) => {
    const next = at === -1 ? (by === 1 ? 0 : annotations.length - 1) : at + by;
    if (annotations[next]) onStep(annotations[next]);
  };

  return (
    <div className="groups">
      <nav className="row stepper" aria-label={text.stepLabel}>
        {/* aria-disabled, not disabled: a button that becomes disabled would drop the keyboard focus. */}
        <button type="button" onClick={() => step(-1)} aria-disabled={at === 0}>{text.previous}</button>
        <span className="muted" aria-live="polite" data-testid="step-position">
          {at === -1 ? '' : text.stepPosition(at + 1, annotations.length)}
        </span>
        <button type="button" onClick={() => step(1)} aria-disabled={at === annotations.length - 1}>{text.next}</button>
      </nav>
      {groups.map((group) => (
        <section key={group.key} className="group" data-testid={`group-${group.key}`}>
          <h2>
            <span className="swatch" style={{ background: group.color }} />
            {group.label} <span className="count">{group.items.length}</span>
          </h2>
          <ol>
            {group.items.map((annotation) => (
              <AnnotationCard
                key={annotation.id}
                annotation={annotation}
                tags={tags}
                text={text}
                flags={flagsFor(annotation)}
                pendingPage={pendingPages.get(annotation.id)}
                selection={selected?.id === annotation.id ? selected : undefined}
                {...actions}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
