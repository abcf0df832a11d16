import type { TagSet } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from './default-tag-set';
import { sameTagSetContent } from './same-tag-set';

export type IncomingTagSetDecision =
  | { outcome: 'added' | 'updated' | 'unchanged' }
  | { outcome: 'refused'; reason: 'built-in' | 'older' | 'conflict' };

/**
 * The one rule for a tag set arriving from outside, whether in a team's `.pingyue-tagset.json` or
 * inside an annotations export: a set only ever moves forward. A new id is added; a higher version
 * replaces the stored one; the same version with the same content changes nothing; an older version,
 * or the same version with other content, is refused. The built-in set changes only with Pingyue.
 */
export function decideIncomingTagSet(stored: TagSet | undefined, incoming: TagSet): IncomingTagSetDecision {
  if (!stored) return { outcome: 'added' };
  if (incoming.version === stored.version && sameTagSetContent(stored, incoming)) return { outcome: 'unchanged' };
  if (incoming.id === DEFAULT_TAG_SET.id) return { outcome: 'refused', reason: 'built-in' };
  if (incoming.version < stored.version) return { outcome: 'refused', reason: 'older' };
  if (incoming.version === stored.version) return { outcome: 'refused', reason: 'conflict' };
  return { outcome: 'updated' };
}
