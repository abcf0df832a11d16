import type { TagSet } from '@/lib/schema/tag-set';

/**
 * Whether two sets say the same thing, ignoring `version` and the order of object keys (a stored row, a
 * parsed file and the built-in literal order their keys differently). Array order counts: tag order is
 * the toolbar's order.
 */
export function sameTagSetContent(a: TagSet, b: TagSet): boolean {
  return canonical({ ...a, version: 0 }) === canonical({ ...b, version: 0 });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
