import { useId, useRef, useState, type ReactNode } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { FormSection, Tag } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';
import type { PanelText } from '@/lib/i18n/panel-text';
import { exportAll, exportDocument, serializeExport, type ConflictChoice } from '@/lib/transfer';
import { localDate } from '@/lib/shared/local-time';
import { downloadSummary } from '@/components/assessment/exports';
import { BackupSection } from '@/components/options/BackupSection';
import { downloadFile, safeFileName } from '@/components/ui/download-file';
import type { Notice } from '@/components/ui/NoticeBar';
import { ImportConflicts, type AssessmentChoice } from './ImportConflicts';
import { checkImportFile, type CheckedImport, type ImportChoices } from './read-import-file';

interface Props {
  db: PingyueDB;
  documentId: string | null;
  title: string;
  /** The active set's tags, to name the tags of conflicting notes. */
  tags: readonly Tag[];
  /** The active set's form sections, to name the edited sections of conflicting assessments. */
  sections: readonly FormSection[];
  text: PanelText;
  locale: Locale;
  onNotice(notice: Notice): void;
  onImported(): void;
  /** 转到评议意见: this report's assessment is exported there, next to its text. */
  onOpenAssessment(): void;
}

const today = () => localDate(Date.now());

/** An import waiting for the reviewer to settle its conflicts: nothing is written meanwhile. */
interface PendingImport {
  fileName: string;
  checked: CheckedImport;
  choices: ReadonlyMap<string, ConflictChoice>;
  assessmentChoices: ReadonlyMap<string, AssessmentChoice>;
}

/**
 * 导入与导出: the one place for files in and out, each action saying what it is for: this report's
 * notes for a colleague, a backup of everything, the meeting summary, importing a colleague's file or a
 * backup (validated in full, conflicts settled by the reviewer before anything is written), and the
 * automatic backups to restore. Folded into one button at the foot of every view until opened.
 */
export function TransferBar({ db, documentId, title, tags, sections, text, locale, onNotice, onImported, onOpenAssessment }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  /** 0–1 while an import runs, shown as a progress bar; null otherwise. */
  const [progress, setProgress] = useState<number | null>(null);

  const save = (content: string, name: string) =>
    downloadFile(document, `${name}-${today()}.pingyue.json`, content, 'application/json');

  const onExportDocument = async () => {
    if (!documentId) return;
    save(serializeExport(await exportDocument(db, documentId, Date.now())), safeFileName(title, 'pingyue-report'));
  };
  const onExportAll = async () => save(serializeExport(await exportAll(db, Date.now())), 'pingyue-all');

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setProgress(0);
    try {
      await work();
    } catch (error) {
      onNotice({ kind: 'error', message: `${text.importFailed} ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const write = async (checked: CheckedImport, choices: ImportChoices) => {
    const counts = await checked.write(choices, setProgress);
    const reports = counts.documents.added + counts.documents.merged;
    let done = text.importDone(counts.annotations.added, counts.annotations.updated, reports);
    if (counts.annotations.kept > 0) done += text.importKeptMine(counts.annotations.kept);
    if (counts.tagSets.kept > 0) done += text.importKeptTagSets(counts.tagSets.kept);
    done += text.importAssessments(counts.assessments.added, counts.assessments.updated, counts.assessments.kept);
    if (counts.documents.asking > 0) done += text.importAsking(counts.documents.asking);
    onNotice({ kind: 'info', message: done });
    onImported();
  };

  // Validated in full, then compared with the database: a note the file would change waits for the reviewer.
  const onFile = (file: File) =>
    attempt(async () => {
      pending?.checked.cancel();
      setPending(null);
      const result = await checkImportFile(file, locale, Date.now(), setProgress);
      if (!result.ok) {
        onNotice({ kind: 'error', message: `${text.importFailed} ${file.name}`, details: result.errors });
        return;
      }
      const { conflicts, assessmentConflicts } = result.checked;
      if (conflicts.length === 0 && assessmentConflicts.length === 0) await write(result.checked, { notes: new Map(), assessments: new Map() });
      else setPending({ fileName: file.name, checked: result.checked, choices: new Map(), assessmentChoices: new Map() });
    });
  const choose = (update: (choices: Map<string, ConflictChoice>, assessmentChoices: Map<string, AssessmentChoice>) => void) =>
    setPending((current) => {
      if (!current) return current;
      const choices = new Map(current.choices);
      const assessmentChoices = new Map(current.assessmentChoices);
      update(choices, assessmentChoices);
      return { ...current, choices, assessmentChoices };
    });

  const summary = (format: 'csv' | 'xlsx') => async () => {
    try {
      await downloadSummary(db, format);
    } catch (error) {
      onNotice({ kind: 'error', message: `${text.assessmentExportFailed} ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <footer className="transfer">
      <button type="button" className="transfer-toggle" aria-expanded={open} aria-controls={`${id}-place`} onClick={() => setOpen(!open)}>
        {text.transferToggle}
      </button>
      {(open || pending) && (
        <section id={`${id}-place`} className="transfer-place" aria-label={text.transferToggle} data-testid="transfer-place">
          <p className="muted">{text.transferIntro}</p>
          <TransferAction hint={text.exportDocumentHint}>
            <button type="button" disabled={!documentId} onClick={onExportDocument}>{text.exportDocument}</button>
          </TransferAction>
          <TransferAction hint={text.importFileHint}>
            <label className="file-button">
              {busy ? text.working : text.importFile}
              <input
                ref={input}
                disabled={busy}
                type="file"
                accept="application/json,.json"
                data-testid="import-file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void onFile(file);
                }}
              />
            </label>
          </TransferAction>
          {progress !== null && (
            <div className="import-progress">
              <progress max={1} value={progress} aria-label={text.importProgress} data-testid="import-progress" />
              <span>{Math.round(progress * 100)}%</span>
            </div>
          )}
          {pending && (
            <ImportConflicts
              fileName={pending.fileName}
              conflicts={pending.checked.conflicts}
              choices={pending.choices}
              assessmentConflicts={pending.checked.assessmentConflicts}
              assessmentChoices={pending.assessmentChoices}
              tags={tags}
              sections={sections}
              text={text}
              onChoose={(id, choice) => choose((choices) => choices.set(id, choice))}
              onChooseAssessment={(id, choice) => choose((_, assessmentChoices) => assessmentChoices.set(id, choice))}
              onChooseAll={(choice) =>
                choose((choices, assessmentChoices) => {
                  pending.checked.conflicts.forEach((c) => choices.set(c.mine.id, choice));
                  pending.checked.assessmentConflicts.forEach((c) => assessmentChoices.set(c.mine.documentId, choice));
                })
              }
              onFinish={() => void attempt(async () => {
                setPending(null);
                await write(pending.checked, { notes: pending.choices, assessments: pending.assessmentChoices });
              })}
              onCancel={() => {
                setPending(null);
                onNotice({ kind: 'info', message: text.importCancelled });
              }}
            />
          )}
          <TransferAction hint={text.exportAllHint}>
            <button type="button" onClick={onExportAll}>{text.exportAll}</button>
          </TransferAction>
          <TransferAction hint={text.summaryHint}>
            <button type="button" onClick={summary('xlsx')}>{text.assessmentSummaryXlsx}</button>
            <button type="button" onClick={summary('csv')}>{text.assessmentSummaryCsv}</button>
          </TransferAction>
          <TransferAction hint={text.assessmentFilesHint}>
            <button type="button" onClick={onOpenAssessment}>{text.openAssessment}</button>
          </TransferAction>
          <BackupSection db={db} locale={locale} />
          <p className="muted">{text.tagSetFilesHint}</p>
        </section>
      )}
    </footer>
  );
}

/** One action of the place: its button(s), and a line saying what it is for. */
function TransferAction({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <div className="transfer-action">
      <div className="row wrap">{children}</div>
      <p className="muted">{hint}</p>
    </div>
  );
}
