import { useRef, useState } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locale';
import type { PanelText } from '@/lib/i18n/panel-text';
import { exportAll, exportDocument, importExport, parseImport, serializeExport } from '@/lib/transfer';
import { localDate } from '@/lib/shared/local-time';
import { downloadFile, safeFileName } from './download-file';
import type { Notice } from './NoticeBar';

interface Props {
  db: PingyueDB;
  documentId: string | null;
  title: string;
  text: PanelText;
  locale: Locale;
  onNotice(notice: Notice): void;
  onImported(): void;
}

const today = () => localDate(Date.now());

/** JSON export of this report or of everything, and import (validated before anything is written). */
export function TransferBar({ db, documentId, title, text, locale, onNotice, onImported }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const save = (content: string, name: string) =>
    downloadFile(document, `${name}-${today()}.pingyue.json`, content, 'application/json');

  const onExportDocument = async () => {
    if (!documentId) return;
    save(serializeExport(await exportDocument(db, documentId, Date.now())), safeFileName(title, 'pingyue-report'));
  };
  const onExportAll = async () => save(serializeExport(await exportAll(db, Date.now())), 'pingyue-all');

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      const parsed = await parseImport(file, locale);
      if (!parsed.ok) {
        onNotice({ kind: 'error', message: `${text.importFailed} ${file.name}`, details: parsed.errors });
        return;
      }
      const counts = await importExport(db, parsed.data, Date.now());
      const reports = counts.documents.added + counts.documents.merged;
      const done = text.importDone(counts.annotations.added, counts.annotations.updated, reports);
      onNotice({ kind: 'info', message: counts.tagSets.kept > 0 ? `${done}${text.importKeptTagSets(counts.tagSets.kept)}` : done });
      onImported();
    } catch (error) {
      onNotice({ kind: 'error', message: `${text.importFailed} ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <footer className="transfer">
      <button type="button" disabled={!documentId} onClick={onExportDocument}>{text.exportDocument}</button>
      <button type="button" onClick={onExportAll}>{text.exportAll}</button>
      <label className="file-button">
        {busy ? text.working : text.importFile}
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
    </footer>
  );
}
