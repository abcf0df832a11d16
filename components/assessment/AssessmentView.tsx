import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildAssessmentDraft, flagsLine } from '@/lib/assessment/draft';
import type { FlagCount } from '@/lib/assessment/flags';
import { renderPlainText } from '@/lib/assessment/plain-text';
import { getAssessment, lastReviewerName, updateAssessment, type AssessmentPatch, type PingyueDB } from '@/lib/db';
import { localDate } from '@/lib/shared/local-time';
import type { PanelText } from '@/lib/i18n/panel-text';
import type { Annotation, FillFieldReply, TagSet } from '@/lib/schema';
import { originHost, type FrameFillTarget } from '@/lib/assessment/fill-target';
import type { Notice } from '@/components/ui/NoticeBar';
import { downloadAnnotationsCsv, downloadDocx, type ReportInfo } from './exports';
import { PeopleFields, type People } from './PeopleFields';
import { RatingPicker } from './RatingPicker';
import { SectionEditor } from './SectionEditor';

interface Props {
  db: PingyueDB;
  /** The report shown in the tab, or null when there is none. */
  documentId: string | null;
  report: ReportInfo;
  tagSet: TagSet;
  annotations: readonly Annotation[];
  /** The checker's counts for this report; null while it is not (or cannot be) checked. */
  flags: FlagCount[] | null;
  /** The report's text could not be read, so there will be no checker summary. */
  uncheckable: boolean;
  flagsFor(annotation: Annotation): string[];
  text: PanelText;
  onNotice(notice: Notice): void;
  /** 填入表单, step 1: the field the reviewer chose on the page (the latest across frames), or null. */
  findFillTarget(): Promise<FrameFillTarget | null>;
  /** Step 2, once confirmed: the text to that frame only; undefined when the frame is gone. */
  fill(target: FrameFillTarget, text: string): Promise<FillFieldReply | undefined>;
}

/** A fill the reviewer has to confirm: nothing is sent to the page before that. */
interface PendingFill {
  sectionId: string;
  title: string;
  value: string;
  target: FrameFillTarget;
}

/**
 * 评议意见: the draft built from the annotations through the tag set's form, editable per section,
 * the rating, and the outputs (clipboard, Word, CSV, the summary of all reports, 填入表单).
 * What the reviewer types is shown at once and written to the database on every change, so every
 * output uses exactly what is on screen.
 */
export function AssessmentView({ db, documentId, report, tagSet, annotations, flags, uncheckable, flagsFor, text, onNotice, findFillTarget, fill }: Props) {
  const stored = useLiveQuery(async () => (documentId ? getAssessment(db, documentId) : undefined), [db, documentId]);
  // What the reviewer typed or picked, shown before the database write comes back through the live query.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<string | null>(null);
  const [people, setPeople] = useState<Partial<People>>({});
  const [pendingFill, setPendingFill] = useState<PendingFill | null>(null);
  useEffect(() => {
    setTyped({});
    setPicked(null);
    setPeople({});
    setPendingFill(null);
  }, [documentId]);
  // One person reviews many reports: a report without a 评议人 yet offers the last one written.
  const lastReviewer = useLiveQuery(() => lastReviewerName(db), [db]) ?? '';

  const assessment = {
    rating: picked ?? stored?.rating ?? null,
    editedSections: { ...stored?.editedSections, ...typed },
    speaker: people.speaker ?? stored?.speaker ?? '',
    reviewer: people.reviewer ?? (stored?.reviewer || lastReviewer),
    date: people.date ?? stored?.date ?? '',
  };
  const draft = buildAssessmentDraft({ form: tagSet.form, tags: tagSet.tags, annotations, flags, assessment, today: localDate(Date.now()) });

  const attempt = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) onNotice({ kind: 'info', message: done });
    } catch (error) {
      onNotice({ kind: 'error', message: `${text.assessmentExportFailed} ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const save = (patch: AssessmentPatch) => documentId && attempt(() => updateAssessment(db, documentId, tagSet.id, patch, Date.now()));

  const onChange = (id: string, value: string) => {
    setTyped((previous) => ({ ...previous, [id]: value }));
    const generated = draft.sections.find((s) => s.id === id)?.generated;
    void save({ section: { id, text: value === generated ? null : value } });
  };
  const onPeople = (patch: Partial<People>) => {
    setPeople((previous) => ({ ...previous, ...patch }));
    void save({ people: patch });
  };
  const summaryLine = flagsLine(draft);
  const onAddFlags = (id: string, value: string) => onChange(id, value.trimEnd() ? `${value.trimEnd()}\n${summaryLine}` : summaryLine);
  const onRestore = (id: string) => {
    setTyped(({ [id]: _dropped, ...rest }) => rest);
    void save({ section: { id, text: null } });
  };
  const fieldName = (target: FrameFillTarget) => text.fillField(originHost(target.origin), target.label) + (target.tabTitle ? text.fillInTab(target.tabTitle) : '');
  // Step 1: find the reviewer's field and name it; the text stays in the panel until they confirm.
  const onFillSection = async (sectionId: string, title: string, value: string) => {
    setPendingFill(null);
    const target = await findFillTarget();
    if (!target) onNotice({ kind: 'error', message: text.assessmentNoField });
    else setPendingFill({ sectionId, title, value, target });
  };
  const onConfirmFill = async ({ title, value, target }: PendingFill) => {
    setPendingFill(null);
    const reply = await fill(target, value);
    if (!reply?.frameHasField) onNotice({ kind: 'error', message: text.assessmentFillChanged });
    else if (!reply.filled) onNotice({ kind: 'error', message: text.assessmentFillFailed });
    else onNotice({ kind: 'info', message: text.assessmentFilled(title, fieldName(target)) });
  };

  return (
    <div className="assessment" data-testid="assessment-view">
      {documentId === null ? (
        <p className="empty">{text.assessmentNoReport}</p>
      ) : (
        <>
          {uncheckable && <p className="muted">{text.assessmentFlagsUnchecked}</p>}
          <PeopleFields people={draft.people} text={text} onChange={onPeople} />
          {draft.sections.map((section) => (
            <SectionEditor
              key={section.id}
              section={section}
              text={text}
              onChange={(value) => onChange(section.id, value)}
              onRestore={() => onRestore(section.id)}
              onAddFlags={summaryLine && !section.text.includes(summaryLine) ? () => onAddFlags(section.id, section.text) : undefined}
              onFill={() => void onFillSection(section.id, section.title, section.text)}
            >
              {pendingFill?.sectionId === section.id && (
                <div className="fill-confirm" role="group" aria-label={text.assessmentFill} data-testid="fill-confirm">
                  <p>{text.assessmentFillConfirm(fieldName(pendingFill.target))}</p>
                  <button type="button" onClick={() => void onConfirmFill(pendingFill)}>{text.assessmentFillYes}</button>
                  <button type="button" onClick={() => setPendingFill(null)}>{text.cancel}</button>
                </div>
              )}
            </SectionEditor>
          ))}
          <RatingPicker scale={draft.ratingScale} rating={draft.rating} text={text} onPick={(rating) => {
            setPicked(rating);
            void save({ rating });
          }} />
          <div className="row wrap">
            <button type="button" onClick={() => void attempt(() => navigator.clipboard.writeText(renderPlainText(draft, report.title)), text.assessmentCopied)}>
              {text.assessmentCopy}
            </button>
            <button type="button" onClick={() => void attempt(() => downloadDocx(draft, report))}>{text.assessmentDocx}</button>
            <button type="button" onClick={() => void attempt(async () => downloadAnnotationsCsv(report, annotations, tagSet.tags, flagsFor))}>
              {text.assessmentCsv}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
