import type { OptionsText } from '@/lib/i18n/options-text';
import { SectionKind, type Tag } from '@/lib/schema/tag-set';

interface Props {
  tag: Tag;
  index: number;
  count: number;
  text: OptionsText;
  onChange(patch: Partial<Tag>): void;
  onMove(delta: number): void;
  onRemove(): void;
}

const SLOTS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** One tag of the set being edited: label, colour, shortcut slot, guideline and report part. */
export function TagRow({ tag, index, count, text, onChange, onMove, onRemove }: Props) {
  return (
    <li className="tag-row" data-testid={`tag-row-${index}`}>
      <div className="row">
        <input type="color" aria-label={text.tagColor} value={tag.color} onChange={(e) => onChange({ color: e.target.value })} />
        <input className="tag-label" aria-label={text.tagLabel} value={tag.label} onChange={(e) => onChange({ label: e.target.value })} />
        <label>
          {text.tagShortcut}
          <select value={tag.shortcut ?? ''} onChange={(e) => onChange({ shortcut: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{text.noShortcut}</option>
            {SLOTS.map((slot) => (
              <option key={slot} value={slot}>Alt+Shift+{slot}</option>
            ))}
          </select>
        </label>
        <label>
          {text.tagSection}
          <select value={tag.section ?? ''} onChange={(e) => onChange({ section: e.target.value ? SectionKind.parse(e.target.value) : null })}>
            <option value="">{text.noSection}</option>
            {SectionKind.options.map((kind) => (
              <option key={kind} value={kind}>{text.sectionKinds[kind]}</option>
            ))}
          </select>
        </label>
        <span className="row-actions">
          <button type="button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={text.moveUp}>↑</button>
          <button type="button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={text.moveDown}>↓</button>
          <button type="button" className="danger" onClick={onRemove} disabled={count === 1}>{text.remove}</button>
        </span>
      </div>
      <textarea aria-label={text.tagGuideline} placeholder={text.tagGuideline} value={tag.guideline} rows={1} onChange={(e) => onChange({ guideline: e.target.value })} />
    </li>
  );
}
