import { buildTextMap } from '@/lib/anchoring/text-map';
import { reportTitle } from './report-title';
import type { RenderedText, ViewerSource } from './types';

/**
 * An ordinary page (articles, OA forms, docx previews): the report is the frame's whole text, all of it
 * rendered. Identity and anchors use the text map (`pingyue-text/1`); the checker reads `innerText`,
 * whose line breaks follow the page's blocks (headings, paragraphs).
 */
export function pageSource(doc: Document): ViewerSource {
  let rendered: RenderedText | null = null;
  const root = () => doc.body ?? doc.documentElement;
  const source: ViewerSource = {
    kind: 'page',
    rendered: () => (rendered ??= { map: buildTextMap(root()), pages: [] }),
    pageCount: () => null,
    pageText: () => null,
    readingText: () => root().innerText ?? root().textContent ?? '',
    identityText: () => source.rendered().map.text,
    pagesRead: () => null,
    complete: () => true,
    pdfFingerprints: () => [],
    title: () =>
      reportTitle({
        pageTitle: doc.title,
        text: () => doc.querySelector('h1, h2, .title')?.textContent?.trim() || source.readingText().slice(0, 2000),
        url: doc.URL,
      }),
    showPage: () => false,
    invalidate: () => {
      rendered = null;
    },
  };
  return source;
}
