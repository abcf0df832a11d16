import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Annotator, type SendToBackground } from '@/lib/page/annotator';
import { answerMessage } from '@/lib/page/answer-message';
import { readPdfViewerApp } from '@/lib/page/sources/read-pdf-app';
import { VIEWER_APP_LIMITS, ViewerAppReading } from '@/lib/schema/viewer-app';
import type { ToContent } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';
import { detectReportFile, ReaderFileError } from '@/lib/reader/detect-file';
import { reportName } from '@/lib/reader/report-name';
import { READER_TEXT } from '@/lib/i18n/reader-text';
import { renderText } from './render-text';

export interface OpenedReport {
  fileName: string;
  title: string;
  kind: 'pdf' | 'docx' | 'text';
  pages: number | null;
  encoding: string | null;
}

/** pdf.js's names for errors that mean the file, not the reader, is at fault. */
const PDF_FILE_ERRORS = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException']);
const errorName = (error: unknown) => (error as { name?: string } | null)?.name ?? '';

/**
 * One reader tab: the file shown in `container` and the Annotator that tags it, as a content script's
 * Annotator tags a web page. Each file gets a fresh Annotator (its own text, identity and paint).
 */
export class ReaderSession {
  private annotator: Annotator | null = null;
  private disposeShown: (() => void) | null = null;
  private readonly report = (error: unknown) => console.warn('Pingyue reader:', error);

  constructor(
    private readonly doc: Document,
    private readonly container: HTMLDivElement,
    private readonly send: SendToBackground,
    private readonly assetsBase: string,
    private readonly locale: Locale,
  ) {}

  isShowing(): boolean {
    return this.annotator !== null;
  }

  /** The Annotator of the file shown now, if any (the reviewer's input goes to it). */
  current(): Annotator | null {
    return this.annotator;
  }

  /** Opens `file`; throws a `ReaderFileError` that says what is wrong with it. */
  async open(file: File): Promise<OpenedReport> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = detectReportFile(file.name, bytes);
    this.close();
    let opened: OpenedReport;
    let pdf: PDFDocumentProxy | null = null;
    try {
      switch (detected.kind) {
        case 'pdf': {
          const { renderPdf } = await import('./render-pdf');
          const shown = await renderPdf(detected.bytes, this.container, this.assetsBase);
          this.disposeShown = shown.dispose;
          pdf = shown.pdf;
          opened = { fileName: file.name, title: reportName(file.name, shown.title), kind: 'pdf', pages: shown.pages, encoding: null };
          break;
        }
        case 'docx': {
          const { renderDocx } = await import('./render-docx');
          const { pages } = await renderDocx(detected.bytes, this.container);
          opened = { fileName: file.name, title: reportName(file.name), kind: 'docx', pages: pages || null, encoding: null };
          break;
        }
        case 'text':
          renderText(detected.text, this.container);
          opened = { fileName: file.name, title: reportName(file.name), kind: 'text', pages: null, encoding: detected.encoding };
          break;
      }
    } catch (error) {
      this.close();
      throw explain(file.name, detected.kind, error);
    }

    // The page's address names the file: the background checks that a frame describes its own page,
    // and the report keeps the name as a hint for the next time (lib/documents).
    this.doc.defaultView!.history.replaceState(null, '', `?file=${encodeURIComponent(file.name)}`);
    this.doc.title = opened.title;
    const reading = pdf ? await readShownPdf(pdf) : null;
    // On web pages the background reads the pdf.js viewer application in the page's world, which it cannot
    // do in an extension page. The reader holds the pdf.js document itself, so it answers with what it read
    // on opening: every page's text, the fingerprints and the metadata title, so the report is one report
    // whichever pages are drawn.
    const readViewerApp = async (): Promise<ViewerAppReading> => reading ?? { state: 'absent' };
    const annotator = new Annotator(this.doc, this.send, { now: Date.now, locale: this.locale, readViewerApp });
    this.annotator = annotator;
    // From here the Annotator follows the text pdf.js draws as pages near the viewport (lib/page/sources).
    await annotator.start().catch(this.report);
    return opened;
  }

  /** A message from the panel or the background (lib/transport); false when no file is open. */
  answer(message: ToContent, sendResponse: (value: unknown) => void): boolean {
    if (!this.annotator) {
      if (message.type === 'pingyue/ping') sendResponse(false);
      return false;
    }
    return answerMessage(message, { annotator: this.annotator, report: this.report }, sendResponse);
  }

  close(): void {
    this.annotator?.dispose();
    this.annotator = null;
    this.disposeShown?.();
    this.disposeShown = null;
    delete (globalThis as { PDFViewerApplication?: unknown }).PDFViewerApplication;
    this.container.replaceChildren();
  }
}

/**
 * The reading the background makes of a web page's pdf.js viewer (lib/page/sources/read-pdf-app), made
 * here of the reader's own document: the reader exposes it as the standard viewer does, and the reading
 * is parsed with the same schema.
 */
async function readShownPdf(pdf: PDFDocumentProxy): Promise<ViewerAppReading> {
  (globalThis as { PDFViewerApplication?: unknown }).PDFViewerApplication = { pdfDocument: pdf };
  const parsed = ViewerAppReading.safeParse(await readPdfViewerApp(VIEWER_APP_LIMITS.pages, VIEWER_APP_LIMITS.chars));
  return parsed.success ? parsed.data : { state: 'absent' };
}

/** The reviewer's reason a file could not be shown, in both languages. */
function explain(fileName: string, kind: 'pdf' | 'docx' | 'text', error: unknown): ReaderFileError {
  if (error instanceof ReaderFileError) return error;
  const [zh, en] = [READER_TEXT.zh, READER_TEXT.en];
  const detail = error instanceof Error ? error.message : String(error);
  if (kind === 'pdf' && errorName(error) === 'PasswordException') return new ReaderFileError(fileName, zh.pdfEncrypted, en.pdfEncrypted);
  if (kind === 'pdf' && PDF_FILE_ERRORS.has(errorName(error))) return new ReaderFileError(fileName, `${zh.pdfBroken}（${detail}）`, `${en.pdfBroken} (${detail})`);
  if (kind === 'docx') return new ReaderFileError(fileName, `${zh.docxBroken}（${detail}）`, `${en.docxBroken} (${detail})`);
  return new ReaderFileError(fileName, detail, detail);
}
