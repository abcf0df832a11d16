import type { OptionsText } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';
import { addFormSection, removeFormSection, updateFormSection } from '@/lib/tags/tag-set-edits';
import { FormSectionFields } from './FormSectionFields';
import { WordListInput } from './WordListInput';

/** The assessment form (评议表) the set's annotations feed: title, sections and rating scale. */
export function FormTemplateFields({ set, text, onChange }: { set: TagSet; text: OptionsText; onChange(set: TagSet): void }) {
  const { form } = set;
  return (
    <fieldset>
      <legend>{text.formHeading}</legend>
      <label className="field">
        {text.formTitle}
        <input value={form.title} onChange={(e) => onChange({ ...set, form: { ...form, title: e.target.value } })} />
      </label>
      <ol className="form-sections">
        {form.sections.map((section, i) => (
          <FormSectionFields
            key={section.id}
            section={section}
            tags={set.tags}
            text={text}
            canRemove={form.sections.length > 1}
            onChange={(patch) => onChange(updateFormSection(set, i, patch))}
            onRemove={() => onChange(removeFormSection(set, i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => onChange(addFormSection(set, text.newSectionTitle))}>{text.addSection}</button>
      <label className="field">
        {text.ratingScale}
        <WordListInput words={form.ratingScale} label={text.ratingScale} onChange={(ratingScale) => onChange({ ...set, form: { ...form, ratingScale } })} />
      </label>
    </fieldset>
  );
}
