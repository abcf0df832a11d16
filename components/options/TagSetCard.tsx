import type { ReactNode } from 'react';
import type { OptionsText } from '@/lib/i18n/options-text';
import type { TagSet } from '@/lib/schema/tag-set';
import { TagChips } from './TagChips';

interface Props {
  set: TagSet;
  active: boolean;
  builtIn: boolean;
  text: OptionsText;
  onActivate(): void;
  onEdit(): void;
  onDuplicate(): void;
  onExport(): void;
  onDelete(): void;
  /** The delete confirmation, shown inside the card while it is asked. */
  children?: ReactNode;
}

/**
 * One tag set in the list. The built-in set is read-only and a locked set changes only by importing a
 * newer version, so neither offers 编辑 (both offer 复制).
 */
export function TagSetCard({ set, active, builtIn, text, onActivate, onEdit, onDuplicate, onExport, onDelete, children }: Props) {
  const readOnlyHint = builtIn ? text.builtInHint : set.locked ? text.lockedHint : undefined;
  return (
    <li className={`card${active ? ' active' : ''}`} data-testid={`tagset-${set.id}`}>
      <div className="card-head">
        <label className="activate">
          <input type="radio" name="active-tag-set" checked={active} onChange={onActivate} aria-label={`${text.makeActive}：${set.name}`} />
          <strong className="set-name">{set.name}</strong>
        </label>
        <span className="meta">{text.version(set.version)}</span>
        {set.author && <span className="meta">{text.by(set.author)}</span>}
        {active && <span className="badge active">{text.active}</span>}
        {builtIn && <span className="badge">{text.builtIn}</span>}
        {set.locked && <span className="badge locked">🔒 {text.locked}</span>}
      </div>
      {set.description && <p className="description">{set.description}</p>}
      <TagChips tags={set.tags} />
      <div className="card-actions">
        <button type="button" onClick={onEdit} disabled={readOnlyHint !== undefined} title={readOnlyHint}>{text.edit}</button>
        <button type="button" onClick={onDuplicate}>{text.duplicate}</button>
        <button type="button" onClick={onExport}>{text.export}</button>
        {!builtIn && <button type="button" className="danger" onClick={onDelete}>{text.delete}</button>}
      </div>
      {children}
    </li>
  );
}
