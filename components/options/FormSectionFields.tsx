import type { OptionsText } from '@/lib/i18n/options-text';
import type { FormSection, Tag } from '@/lib/schema/tag-set';

interface Props {
  section: FormSection;
  tags: readonly Tag[];
  text: OptionsText;
  canRemove: boolean;
  onChange(patch: Partial<FormSection>): void;
  onRemove(): void;
}

/** One part of the assessment form: its title, the tags it collects, its item template. */
export function FormSectionFields({ section, tags, text, canRemove, onChange, onRemove }: Props) {
  const toggle = (tagId: string, on: boolean) =>
    onChange({ tagIds: on ? [...section.tagIds, tagId] : section.tagIds.filter((id) => id !== tagId) });
  return (
    <li className="form-section">
      <div className="row">
        <input aria-label={text.formSection} value={section.title} onChange={(e) => onChange({ title: e.target.value })} />
        <button type="button" className="danger" onClick={onRemove} disabled={!canRemove}>{text.remove}</button>
      </div>
      <div className="row wrap" role="group" aria-label={text.formSectionTags}>
        <span className="muted">{text.formSectionTags}：</span>
        {tags.map((tag) => (
          <label key={tag.id} className="check">
            <input type="checkbox" checked={section.tagIds.includes(tag.id)} onChange={(e) => toggle(tag.id, e.target.checked)} />
            <span className="swatch" style={{ background: tag.color }} />
            {tag.label}
          </label>
        ))}
      </div>
      <label className="field">
        {text.itemTemplate}
        <input value={section.itemTemplate} onChange={(e) => onChange({ itemTemplate: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={section.includeFlags} onChange={(e) => onChange({ includeFlags: e.target.checked })} />
        {text.includeFlags}
      </label>
      <label className="check">
        <input type="checkbox" checked={section.commentedOnly} onChange={(e) => onChange({ commentedOnly: e.target.checked })} />
        {text.commentedOnly}
      </label>
    </li>
  );
}
