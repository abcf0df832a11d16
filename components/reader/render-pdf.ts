import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';

export interface ShownPdf {
  pdf: PDFDocumentProxy;
  pages: number;
  title: string | null;
  dispose(): void;
}

/**
 * Shows a PDF with pdf.js's own `PDFViewer` component (canvas pages, text layers near the viewport),
 * the viewer office systems embed, so the reader behaves like the viewers Pingyue meets on the web and
 * the paged-viewer source (lib/page/sources) reads it the same way. Loaded on demand: a .txt or .docx
 * never pays for pdf.js.
 */
export async function renderPdf(bytes: Uint8Array, container: HTMLDivElement, assetsBase: string): Promise<ShownPdf> {
  const pdfjs = await import('pdfjs-dist');
  // The viewer component reads the library from this global (pdfjs-dist/web/pdf_viewer.mjs).
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjs;
  const { EventBus, PDFLinkService, PDFViewer, LinkTarget } = await import('pdfjs-dist/web/pdf_viewer.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

  const pdf = await pdfjs.getDocument({
    data: bytes,
    cMapUrl: `${assetsBase}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetsBase}standard_fonts/`,
    wasmUrl: `${assetsBase}wasm/`,
    iccUrl: `${assetsBase}iccs/`,
    enableXfa: false,
    // The extension's CSP allows no WebAssembly: pdf.js's JavaScript decoders (JBIG2, JPEG 2000) instead.
    useWasm: false,
  }).promise;

  const viewer = container.ownerDocument.createElement('div');
  viewer.className = 'pdfViewer';
  container.replaceChildren(viewer);
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK, externalLinkRel: 'noopener noreferrer nofollow' });
  const abort = new AbortController();
  // `abortSignal` (stops the viewer's resize observer on close) is in PDFViewer's code but not in its types.
  const options = { container, viewer, eventBus, linkService, abortSignal: abort.signal };
  const pdfViewer = new PDFViewer(options as ConstructorParameters<typeof PDFViewer>[0]);
  linkService.setViewer(pdfViewer);
  // Resolved once the page elements exist (their text layers follow as pages near the viewport).
  const pagesLaidOut = new Promise<void>((resolve) =>
    eventBus.on('pagesinit', () => {
      pdfViewer.currentScaleValue = 'auto';
      resolve();
    }),
  );
  pdfViewer.setDocument(pdf);
  linkService.setDocument(pdf, null);
  await pagesLaidOut;

  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
  return {
    pdf,
    pages: pdf.numPages,
    title: typeof info?.Title === 'string' ? info.Title : null,
    dispose: () => {
      abort.abort();
      pdfViewer.cleanup();
      void pdf.destroy();
    },
  };
}
