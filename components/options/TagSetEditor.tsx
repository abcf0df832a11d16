import { useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { OptionsText } from '@/lib/i18n/options-text';
import { TagSet } from '@/lib/schema/tag-set';
import { formatIssues } from '@/lib/files/format-issues';
import { CheckerFields } from './CheckerFields';
import { FormTemplateFields } from './FormTemplateFields';
import { SetDetailsFields } from './SetDetailsFields';
import { TagListFields } from './TagListFields';

interface Props {
  initial: TagSet;
  isNew: boolean;
  text: OptionsText;
  locale: Locale;
  /** Writes the validated set; a rejection is shown in the editor, which stays open. */
  onSave(set: TagSet): Promise<void>;
  onCancel(): void;
}

/**
 * Edits a copy of a set; nothing is written until 保存, and then only a set the schema accepts (its
 * problems are listed with their field paths otherwise).
 */
export function TagSetEditor({ initial, isNew, text, locale, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const parsed = TagSet.safeParse(draft);
    if (!parsed.success) return setErrors(formatIssues(parsed.error.issues, draft, locale));
    setBusy(true);
    try {
      await onSave(parsed.data);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor" data-testid="tagset-editor" aria-label={isNew ? text.creatorHeading : text.editorHeading(initial.name)}>
      <h2>{isNew ? text.creatorHeading : text.editorHeading(initial.name)}</h2>
      {errors.length > 0 && (
        <div className="status error" role="alert" data-testid="editor-errors">
          <span>{text.fixErrors}</span>
          <ul className="details">
            {errors.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <SetDetailsFields set={draft} text={text} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      <TagListFields set={draft} text={text} onChange={setDraft} />
      <FormTemplateFields set={draft} text={text} onChange={setDraft} />
      <CheckerFields set={draft} text={text} locale={locale} onChange={setDraft} />
      <div className="editor-actions">
        <button type="button" className="primary" onClick={save} disabled={busy}>{text.save}</button>
        <button type="button" onClick={onCancel}>{text.cancel}</button>
      </div>
    </section>
  );
}
