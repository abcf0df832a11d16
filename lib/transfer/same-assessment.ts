import type { Assessment } from '@/lib/schema';
import { canonicalJson } from '@/lib/shared/canonical-json';

/**
 * The same assessment as far as the reviewer can tell: the same rating, edited sections, names and
 * date, written against the same tag set's form. Its time does not count.
 */
export function sameAssessment(a: Assessment, b: Assessment): boolean {
  const { updatedAt: _a, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return canonicalJson(left) === canonicalJson(right);
}
