import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { READER_TEXT } from '@/lib/i18n/reader-text';
import { ReaderFileError } from '@/lib/reader/detect-file';
import type { OpenedReport } from './reader-session';

type State =
  | { kind: 'empty' }
  | { kind: 'loading'; fileName: string }
  | { kind: 'shown'; report: OpenedReport }
  | { kind: 'failed'; fileName: string; message: string; previous: OpenedReport | null };

interface Props {
  locale: Locale;
  /** Opens a file; rejects with a `ReaderFileError` saying what is wrong with it. */
  openFile(file: File): Promise<OpenedReport>;
  /** Opens the browser's side panel on this tab (Pingyue's notes, 体检, exports). */
  openPanel(): void;
  /** Moves keyboard focus to the shown document, so arrows and Page Down scroll it. */
  focusDocument(): void;
  /** Whether a document is shown now. */
  isShowing(): boolean;
  /** The file this tab showed before a reload, from its address. */
  lastFileName: string | null;
  /** A file to show at once (the packaged sample report, from the welcome page). */
  initialFile?: Promise<File>;
}

/**
 * The reader's own UI: a header with the file's name, its page count and 打开文件, a drop zone while no
 * file is shown, and a clear message when a file cannot be opened. The document itself is drawn outside
 * this UI (components/reader/reader-session), so Pingyue's text never mixes with the report's.
 */
export function ReaderApp({ locale, openFile, openPanel, focusDocument, isShowing, lastFileName, initialFile }: Props) {
  const text = READER_TEXT[locale];
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const shown = state.kind === 'shown' ? state.report : state.kind === 'failed' ? state.previous : null;

  const open = async (files: ArrayLike<File> | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setNotice(files.length > 1 ? text.multipleFiles : null);
    const previous = shown;
    setState({ kind: 'loading', fileName: file.name });
    try {
      const report = await openFile(file);
      setState({ kind: 'shown', report });
      focusDocument();
    } catch (error) {
      const message = error instanceof ReaderFileError ? error[locale] : String(error);
      // A file rejected on sight leaves the open one in place; one that failed to render has replaced it.
      setState({ kind: 'failed', fileName: file.name, message, previous: isShowing() ? previous : null });
    }
  };

  useEffect(() => {
    initialFile?.then((file) => open([file]), (error: unknown) => setState({ kind: 'failed', fileName: '', message: String(error), previous: null }));
  }, [initialFile]);

  useEffect(() => {
    const win = window;
    // Anything dragged over the page may be a file: show where it goes, and never let the browser
    // navigate away to the dropped file.
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      void open(event.dataTransfer?.files);
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        input.current?.click();
      }
    };
    win.addEventListener('dragover', onDragOver);
    win.addEventListener('dragleave', onDragLeave);
    win.addEventListener('drop', onDrop);
    win.addEventListener('keydown', onKey);
    return () => {
      win.removeEventListener('dragover', onDragOver);
      win.removeEventListener('dragleave', onDragLeave);
      win.removeEventListener('drop', onDrop);
      win.removeEventListener('keydown', onKey);
    };
  });

  const details = shown && [
    shown.kind === 'pdf' ? text.kindPdf : shown.kind === 'docx' ? text.kindDocx : text.kindText(shown.encoding ?? 'utf-8'),
    shown.pages ? text.pages(shown.pages) : null,
  ].filter(Boolean).join(' · ');

  return (
    <>
      <header className="bar">
        <div className="title">
          <h1 title={shown?.fileName}>{shown ? shown.title : text.appName}</h1>
          {shown && <p className="details" data-testid="reader-details">{shown.fileName} · {details}</p>}
        </div>
        <div className="actions">
          <button type="button" className="primary" title={text.openFileHint} onClick={() => input.current?.click()}>
            {text.openFile}
          </button>
          <button type="button" title={text.openPanelHint} onClick={openPanel}>
            {text.openPanel}
          </button>
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            tabIndex={-1}
            aria-label={text.openFile}
            accept=".pdf,.docx,.txt,.text,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            data-testid="reader-file-input"
            onChange={(event) => {
              void open(event.currentTarget.files);
              event.currentTarget.value = ''; // the same file again is a new choice
            }}
          />
        </div>
      </header>
      <div className="messages">
        <p role="status" className="status">
          {state.kind === 'loading' ? text.loading(state.fileName) : notice}
        </p>
        {state.kind === 'failed' && (
          <p role="alert" className="error" data-testid="reader-error">
            {text.failed(state.fileName)}
            {state.message}
          </p>
        )}
      </div>
      {!shown && state.kind !== 'loading' && (
        <section className="drop-zone" aria-labelledby="drop-title">
          <h2 id="drop-title">{text.dropTitle}</h2>
          <p>{text.dropHint}</p>
          {lastFileName && <p className="reopen">{text.reopenHint(lastFileName)}</p>}
          <button type="button" className="primary" onClick={() => input.current?.click()}>
            {text.openFile}
          </button>
        </section>
      )}
      {dragging && (
        <div className="drag-overlay" aria-hidden="true">
          {text.dropNow}
        </div>
      )}
    </>
  );
}
