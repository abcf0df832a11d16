import { useRef, useState } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { Tag } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';
import type { PanelText } from '@/lib/i18n/panel-text';
import { exportAll, exportDocument, serializeExport, type ConflictChoice } from '@/lib/transfer';
import { localDate } from '@/lib/shared/local-time';
import { downloadFile, safeFileName } from './download-file';
import type { Notice } from './NoticeBar';
import { ImportConflicts } from './ImportConflicts';
import { checkImportFile, type CheckedImport } from './read-import-file';

interface Props {
  db: PingyueDB;
  documentId: string | null;
  title: string;
  /** The active set's tags, to name the tags of conflicting notes. */
  tags: readonly Tag[];
  text: PanelText;
  locale: Locale;
  onNotice(notice: Notice): void;
  onImported(): void;
}

const today = () => localDate(Date.now());

/** An import waiting for the reviewer to settle its conflicts: nothing is written meanwhile. */
interface PendingImport {
  fileName: string;
  checked: CheckedImport;
  choices: ReadonlyMap<string, ConflictChoice>;
}

/** JSON export of this report or of everything, and import (validated before anything is written). */
export function TransferBar({ db, documentId, title, tags, text, locale, onNotice, onImported }: Props) {
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

  const write = async (checked: CheckedImport, choices: ReadonlyMap<string, ConflictChoice>) => {
    const counts = await checked.write(choices, setProgress);
    const reports = counts.documents.added + counts.documents.merged;
    let done = text.importDone(counts.annotations.added, counts.annotations.updated, reports);
    if (counts.annotations.kept > 0) done += text.importKeptMine(counts.annotations.kept);
    if (counts.tagSets.kept > 0) done += text.importKeptTagSets(counts.tagSets.kept);
    done += text.importAssessments(counts.assessments.added, counts.assessments.kept);
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
      if (result.checked.conflicts.length === 0) await write(result.checked, new Map());
      else setPending({ fileName: file.name, checked: result.checked, choices: new Map() });
    });
  const choose = (update: (choices: Map<string, ConflictChoice>) => void) =>
    setPending((current) => {
      if (!current) return current;
      const choices = new Map(current.choices);
      update(choices);
      return { ...current, choices };
    });

  return (
    <footer className="transfer">
      {pending && (
        <ImportConflicts
          fileName={pending.fileName}
          conflicts={pending.checked.conflicts}
          choices={pending.choices}
          tags={tags}
          text={text}
          onChoose={(id, choice) => choose((choices) => choices.set(id, choice))}
          onChooseAll={(choice) => choose((choices) => pending.checked.conflicts.forEach((c) => choices.set(c.mine.id, choice)))}
          onFinish={() => void attempt(async () => {
            setPending(null);
            await write(pending.checked, pending.choices);
          })}
          onCancel={() => {
            pending.checked.cancel();
            setPending(null);
            onNotice({ kind: 'info', message: text.importCancelled });
          }}
        />
      )}
      <button type="button" disabled={!documentId} onClick={onExportDocument}>{text.exportDocument}</button>
      <button type="button" onClick={onExportAll}>{text.exportAll}</button>
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
      {progress !== null && (
        <div className="import-progress">
          <progress max={1} value={progress} aria-label={text.importProgress} data-testid="import-progress" />
          <span>{Math.round(progress * 100)}%</span>
        </div>
      )}
    </footer>
  );
}
