/**
 * Runs in the page's own world (`scripting.executeScript({ world: 'MAIN' })`, from the background), where
 * the standard pdf.js viewer keeps `window.PDFViewerApplication`: reads the document's fingerprints, its
 * metadata title and every page's text, and changes nothing. Self-contained (no imports, no outer
 * variables): the browser serialises the function's source. Whatever it returns comes from a page we do
 * not trust and is parsed with `ViewerAppReading` (lib/schema/viewer-app.ts) on arrival.
 */
export async function readPdfViewerApp(maxPages: number, maxChars: number): Promise<unknown> {
  type TextItem = { str?: unknown; hasEOL?: unknown };
  type PdfPage = { getTextContent(): Promise<{ items: TextItem[] }> };
  type PdfDocument = {
    numPages: number;
    fingerprints?: unknown[];
    getMetadata(): Promise<{ info?: { Title?: unknown } } | null>;
    getPage(n: number): Promise<PdfPage>;
  };
  const app = (globalThis as { PDFViewerApplication?: { pdfDocument?: PdfDocument | null } }).PDFViewerApplication;
  if (!app || typeof app !== 'object') return { state: 'absent' };
  const pdf = app.pdfDocument;
  if (!pdf) return { state: 'loading' };
  const fingerprints = (Array.isArray(pdf.fingerprints) ? pdf.fingerprints : []).filter((f) => typeof f === 'string');
  let title: string | null = null;
  try {
    const info = (await pdf.getMetadata())?.info;
    if (typeof info?.Title === 'string') title = info.Title.slice(0, 1000);
  } catch {
    // A document without metadata: its title line will name it.
  }
  const pages: string[] = [];
  let chars = 0;
  for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (typeof item.str !== 'string') continue; // marked-content markers carry no text
      text += item.str;
      if (item.hasEOL === true) text += '\n';
    }
    chars += text.length;
    if (chars > maxChars) break;
    pages.push(text);
  }
  return { state: 'loaded', fingerprints, title, pageCount: pdf.numPages, pages };
}
