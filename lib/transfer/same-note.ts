import type { Annotation } from '@/lib/schema';
import { canonicalJson } from '@/lib/shared/canonical-json';

/**
 * The same note as far as the reviewer can tell: the same report and passage, tag and comment. Where
 * it was last found (`anchorStatus`) and its times do not count.
 */
export function sameNote(a: Annotation, b: Annotation): boolean {
  return a.documentId === b.documentId && a.tagId === b.tagId && a.comment === b.comment && canonicalJson(a.anchor) === canonicalJson(b.anchor);
}
