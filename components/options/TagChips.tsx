import type { Tag } from '@/lib/schema/tag-set';
import { readableTextOn } from '@/lib/shared/contrast';

/** A set's tags as coloured chips; the guideline shows on hover, as in the page toolbar. */
export function TagChips({ tags }: { tags: readonly Tag[] }) {
  return (
    <ul className="chips">
      {tags.map((tag) => (
        <li key={tag.id} className="chip" style={{ background: tag.color, color: readableTextOn(tag.color) }} title={tag.guideline || undefined}>
          {tag.label}
          {tag.shortcut !== null && <span className="slot">{tag.shortcut}</span>}
        </li>
      ))}
    </ul>
  );
}
