import type { OptionsText } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';
import { addTag, moveTag, removeTag, updateTag } from '@/lib/tags/tag-set-edits';
import { TagRow } from './TagRow';

/** The tags of the set being edited, in toolbar order, with add / remove / reorder. */
export function TagListFields({ set, text, onChange }: { set: TagSet; text: OptionsText; onChange(set: TagSet): void }) {
  return (
    <fieldset>
      <legend>{text.tagsHeading}</legend>
      <ol className="tag-rows">
        {set.tags.map((tag, i) => (
          <TagRow
            key={tag.id}
            tag={tag}
            index={i}
            count={set.tags.length}
            text={text}
            onChange={(patch) => onChange(updateTag(set, i, patch))}
            onMove={(delta) => onChange(moveTag(set, i, delta))}
            onRemove={() => onChange(removeTag(set, i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange(addTag(set, text.newTagLabel))}>{text.addTag}</button>
    </fieldset>
  );
}
