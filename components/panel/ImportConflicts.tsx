import type { Annotation, FormSection, Tag } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import type { AssessmentConflict, ConflictChoice, ImportConflict } from '@/lib/transfer';
import { assessmentDifferences, type AssessmentDifference } from '@/lib/transfer/assessment-differences';

/** One report keeps one assessment: mine or the file's. */
export type AssessmentChoice = Exclude<ConflictChoice, 'both'>;

interface Props {
  fileName: string;
  conflicts: readonly ImportConflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  assessmentConflicts: readonly AssessmentConflict[];
  /** By the stored report's id. */
  assessmentChoices: ReadonlyMap<string, AssessmentChoice>;
  tags: readonly Tag[];
  /** The active set's form sections, to name edited sections. */
  sections: readonly FormSection[];
  text: PanelText;
  onChoose(id: string, choice: ConflictChoice): void;
  onChooseAssessment(documentId: string, choice: AssessmentChoice): void;
  onChooseAll(choice: 'mine'): void;
  onFinish(): void;
  onCancel(): void;
}

const CHOICES: readonly ConflictChoice[] = ['mine', 'theirs', 'both'];
const ASSESSMENT_CHOICES: readonly AssessmentChoice[] = ['mine', 'theirs'];

/**
 * What an import would change, side by side: the notes (keep mine, take the file's, or keep both, note
 * by note) and the assessments (评议意见: keep mine or take the file's, report by report, with the fields
 * that differ). Nothing is written before 完成导入, which waits for every choice.
 */
export function ImportConflicts(props: Props) {
  const { fileName, conflicts, choices, assessmentConflicts, assessmentChoices, tags, text, onChoose, onChooseAll, onFinish, onCancel } = props;
  const label = { mine: text.importChooseMine, theirs: text.importChooseTheirs, both: text.importChooseBoth };
  const describe = (note: Annotation) => `${tags.find((t) => t.id === note.tagId)?.label ?? text.deletedTag}${note.comment ? `：${note.comment}` : ''}`;
  const heading = conflicts.length > 0 ? text.importConflicts(conflicts.length, fileName) : text.importOnlyAssessmentConflicts(assessmentConflicts.length, fileName);
  const undecided = conflicts.some((c) => !choices.has(c.mine.id)) || assessmentConflicts.some((c) => !assessmentChoices.has(c.mine.documentId));
  return (
    <section className="import-conflicts" aria-label={heading} data-testid="import-conflicts">
      <p role="status">{heading}</p>
      {conflicts.length > 0 && (
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
      )}
      {assessmentConflicts.length > 0 && conflicts.length > 0 && <p>{text.importAssessmentConflicts(assessmentConflicts.length)}</p>}
      {assessmentConflicts.length > 0 && (
        <ol>
          {assessmentConflicts.map((conflict) => (
            <AssessmentConflictCard key={conflict.mine.documentId} conflict={conflict} choice={assessmentChoices.get(conflict.mine.documentId)} label={label} {...props} />
          ))}
        </ol>
      )}
      <div className="row wrap">
        <button type="button" onClick={() => onChooseAll('mine')}>{text.importAllMine}</button>
        <button type="button" disabled={undecided} onClick={onFinish}>{text.importFinish}</button>
        <button type="button" onClick={onCancel}>{text.importCancel}</button>
      </div>
    </section>
  );
}

interface CardProps {
  conflict: AssessmentConflict;
  choice: AssessmentChoice | undefined;
  label: Record<AssessmentChoice, string>;
  sections: readonly FormSection[];
  text: PanelText;
  onChooseAssessment(documentId: string, choice: AssessmentChoice): void;
}

/** One report's two assessments: only the fields that differ, each with mine above the file's. */
function AssessmentConflictCard({ conflict, choice, label, sections, text, onChooseAssessment }: CardProps) {
  const { mine, theirs, title } = conflict;
  const name = text.importAssessmentOf(title || mine.documentId);
  const fieldName = (d: AssessmentDifference) => (d.field === 'section' ? (sections.find((s) => s.id === d.sectionId)?.title ?? d.sectionId) : text.importAssessmentFields[d.field]);
  const value = (d: AssessmentDifference, v: string | null) => {
    if (d.field === 'section') return v ?? text.importAssessmentGenerated;
    if (d.field === 'rating') return v === null ? text.overviewUnrated : text.ratingName(v);
    return v || text.importAssessmentEmpty;
  };
  return (
    <li className="card" data-testid="assessment-conflict">
      <p className="conflict-report">{name}</p>
      {assessmentDifferences(mine, theirs).map((d) => (
        <div key={d.field === 'section' ? `section-${d.sectionId}` : d.field} className="conflict-field" data-testid="assessment-difference">
          <p className="conflict-field-name">{fieldName(d)}</p>
          <dl>
            <dt>{text.importConflictMine}</dt>
            <dd data-testid="assessment-mine">{value(d, d.mine)}</dd>
            <dt>{text.importConflictTheirs}</dt>
            <dd data-testid="assessment-theirs">{value(d, d.theirs)}</dd>
          </dl>
        </div>
      ))}
      <div role="radiogroup" aria-label={name} className="row wrap">
        {ASSESSMENT_CHOICES.map((c) => (
          <label key={c}>
            <input type="radio" name={`assessment-${mine.documentId}`} checked={choice === c} onChange={() => onChooseAssessment(mine.documentId, c)} />
            {label[c]}
          </label>
        ))}
      </div>
    </li>
  );
}
