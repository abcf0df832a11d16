import type { TagSet } from '@/lib/schema/tag-set';
import { canonicalJson } from '@/lib/shared/canonical-json';

/**
 * Whether two sets say the same thing, ignoring `version` and the order of object keys (a stored row, a
 * parsed file and the built-in literal order their keys differently). Array order counts: tag order is
 * the toolbar's order.
 */
export function sameTagSetContent(a: TagSet, b: TagSet): boolean {
  return canonicalJson({ ...a, version: 0 }) === canonicalJson({ ...b, version: 0 });
}
