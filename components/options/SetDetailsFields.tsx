import type { OptionsText } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';

type Details = Pick<TagSet, 'name' | 'description' | 'author' | 'locked'>;

/** Name, description, author and the lock of a set being edited. */
export function SetDetailsFields({ set, text, onChange }: { set: TagSet; text: OptionsText; onChange(patch: Partial<Details>): void }) {
  return (
    <fieldset>
      <legend>{text.detailsHeading}</legend>
      <label className="field">
        {text.name}
        <input value={set.name} onChange={(e) => onChange({ name: e.target.value })} data-testid="set-name" />
      </label>
      <label className="field">
        {text.description}
        <textarea value={set.description} rows={2} onChange={(e) => onChange({ description: e.target.value })} />
      </label>
      <label className="field">
        {text.author}
        <input value={set.author} onChange={(e) => onChange({ author: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={set.locked} onChange={(e) => onChange({ locked: e.target.checked })} />
        {text.lockedLabel}
      </label>
    </fieldset>
  );
}
