import { compareAnchors, type Annotation, type Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import { DELETED_TAG_COLOR } from '@/lib/tags/default-tag-set';
import { AnnotationCard } from './AnnotationCard';

type CardActions = Omit<Parameters<typeof AnnotationCard>[0], 'annotation' | 'tags' | 'text' | 'flags' | 'pendingPage'>;

interface Props extends CardActions {
  annotations: readonly Annotation[];
  tags: readonly Tag[];
  text: PanelText;
  flagsFor(annotation: Annotation): string[];
  /** Annotations waiting for their page to render: the page, or null when it is not known which. */
  pendingPages: ReadonlyMap<string, number | null>;
}

/** Annotations grouped by tag (tag-set order, then any deleted tag), each group in document order. */
export function AnnotationGroups({ annotations, tags, text, flagsFor, pendingPages, ...actions }: Props) {
  const known = new Set(tags.map((t) => t.id));
  // Reading order: by page on a paged viewer, then position.
  annotations = [...annotations].sort((a, b) => compareAnchors(a.anchor, b.anchor) || a.createdAt - b.createdAt);
  const groups = [
    ...tags.map((tag) => ({ key: tag.id, label: tag.label, color: tag.color, items: annotations.filter((a) => a.tagId === tag.id) })),
    { key: 'deleted-tag', label: text.deletedTag, color: DELETED_TAG_COLOR, items: annotations.filter((a) => !known.has(a.tagId)) },
  ].filter((group) => group.items.length > 0);

  return (
    <div className="groups">
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
                {...actions}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
