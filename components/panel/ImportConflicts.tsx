import type { Annotation, Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import type { ConflictChoice, ImportConflict } from '@/lib/transfer';

interface Props {
  fileName: string;
  conflicts: readonly ImportConflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  tags: readonly Tag[];
  text: PanelText;
  onChoose(id: string, choice: ConflictChoice): void;
  onChooseAll(choice: ConflictChoice): void;
  onFinish(): void;
  onCancel(): void;
}

const CHOICES: readonly ConflictChoice[] = ['mine', 'theirs', 'both'];

/**
 * The notes an import would change, side by side: the reviewer keeps theirs, takes the file's, or
 * keeps both, note by note. Nothing is written before 完成导入, which waits for every choice.
 */
export function ImportConflicts({ fileName, conflicts, choices, tags, text, onChoose, onChooseAll, onFinish, onCancel }: Props) {
  const label = { mine: text.importChooseMine, theirs: text.importChooseTheirs, both: text.importChooseBoth };
  const describe = (note: Annotation) => `${tags.find((t) => t.id === note.tagId)?.label ?? text.deletedTag}${note.comment ? `：${note.comment}` : ''}`;
  return (
    <section className="import-conflicts" aria-label={text.importConflicts(conflicts.length, fileName)} data-testid="import-conflicts">
      <p role="status">{text.importConflicts(conflicts.length, fileName)}</p>
      <ol>
        {conflicts.map(({ mine, theirs }) => (
          <li key={mine.id} className="card" data-testid="import-conflict">
            <p className="quote-text">{mine.anchor.quote.exact}</p>
            <dl>
              <dt>{text.importConflictMine}</dt>
              <dd data-testid="conflict-mine">{describe(mine)}</dd>
              <dt>{text.importConflictTheirs}</dt>
              <dd data-testid="conflict-theirs">{describe(theirs)}</dd>
            </dl>
            <div role="radiogroup" aria-label={mine.anchor.quote.exact} className="row wrap">
              {CHOICES.map((choice) => (
                <label key={choice}>
                  <input type="radio" name={`conflict-${mine.id}`} checked={choices.get(mine.id) === choice} onChange={() => onChoose(mine.id, choice)} />
                  {label[choice]}
                </label>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <div className="row wrap">
        <button type="button" onClick={() => onChooseAll('mine')}>{text.importAllMine}</button>
        <button type="button" disabled={conflicts.some((c) => !choices.has(c.mine.id))} onClick={onFinish}>{text.importFinish}</button>
        <button type="button" onClick={onCancel}>{text.importCancel}</button>
      </div>
    </section>
  );
}
