import type { Annotation, TagSet } from '@/lib/schema';
import type { Placement } from './place-anchors';

/** What to paint for one annotation placed on rendered text (rendered-text offsets). */
export interface PlannedPaint {
  id: string;
  /** One layer per tag; an annotation whose tag was deleted is painted grey on its own layer. */
  layer: string;
  color: string;
  start: number;
  end: number;
}

const DELETED_TAG = { layer: 'deleted-tag', color: '#6b7280' };

/** Which annotations to paint where and in which colour, from where they were placed. Pure. */
export function paintPlan(annotations: readonly Annotation[], placements: ReadonlyMap<string, Placement>, tagSet: TagSet | null): PlannedPaint[] {
  const tags = new Map((tagSet?.tags ?? []).map((t) => [t.id, t]));
  return annotations.flatMap((annotation) => {
    const placement = placements.get(annotation.id);
    if (placement?.kind !== 'painted') return [];
    const tag = tags.get(annotation.tagId);
    const { layer, color } = tag ? { layer: tag.id, color: tag.color } : DELETED_TAG;
    return [{ id: annotation.id, layer, color, start: placement.start, end: placement.end }];
  });
}
