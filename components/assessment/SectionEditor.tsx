import type { DraftSection } from '@/lib/assessment/draft';
import type { PanelText } from '@/lib/i18n/panel-text';

interface Props {
  section: DraftSection;
  text: PanelText;
  onChange(value: string): void;
  onRestore(): void;
  onFill(): void;
  /** Appends the checker's summary line; absent when there is none or the text already has it. */
  onAddFlags?: () => void;
}

/** One part of the 评议意见: its text, editable, marked when edited, and 填入表单 for web forms. */
export function SectionEditor({ section, text, onChange, onRestore, onFill, onAddFlags }: Props) {
  // Browsers without CSS field-sizing: enough rows for the whole text at about 18 characters a line.
  const rows = section.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(Array.from(line).length / 18)), 1);
  return (
    <section className="form-section" data-testid={`form-section-${section.id}`}>
      <h2>
        {section.title}
        {section.edited && <span className="badge edited">{text.assessmentEdited}</span>}
      </h2>
      <textarea aria-label={section.title} rows={Math.max(4, rows)} value={section.text} onChange={(e) => onChange(e.target.value)} />
      <div className="row">
        {onAddFlags && <button type="button" onClick={onAddFlags}>{text.assessmentAddFlags}</button>}
        {section.edited && <button type="button" onClick={onRestore}>{text.assessmentRestore}</button>}
        <button type="button" onClick={onFill}>{text.assessmentFill}</button>
      </div>
    </section>
  );
}
