import { buildTextMapOver } from '@/lib/anchoring/text-map';
import type { ViewerAppReading } from '@/lib/schema/viewer-app';
import { readingTextOfPages } from './page-text';
import { pageTotalIn } from './page-total';
import { reportTitle } from './report-title';
import { textLayerLines } from './text-layer-lines';
import type { RenderedText, ViewerSource } from './types';

/**
 * The class of paged viewers pdf.js belongs to: each page is an element carrying `data-page-number`,
 * and a page near the viewport gets a `.textLayer` with its text (pdf.js `PDFViewer`, the full pdf.js
 * viewer, and the OA viewers built on them). Thumbnails carry the attribute too and are left out.
 */
const PAGE = '[data-page-number]:not(.thumbnail):not(.thumbnailImage)';
const TEXT_LAYER = '.textLayer';
const ELEMENT_NODE = 1;

/** Is this frame a paged viewer? A search of the whole frame: ask once, then after {@link mayMakePaged} changes. */
export function isPagedViewer(doc: Document): boolean {
  return doc.querySelector(`${PAGE} ${TEXT_LAYER}, .pdfViewer ${PAGE}`) !== null;
}

const PAGED_PARTS = `${PAGE}, ${TEXT_LAYER}, .pdfViewer`;

/**
 * Whether a batch of DOM changes may have made a frame a paged viewer: it added a page, a text layer or
 * a viewer, or filled a text layer. Costs in proportion to the change (the added subtrees), not to the
 * page, so a page that changes all the time (a clock, a ticker) is not searched again and again.
 */
export function mayMakePaged(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type !== 'childList' || record.addedNodes.length === 0) continue;
    if ((record.target as Element).closest?.(PAGED_PARTS)) return true;
    for (const node of record.addedNodes) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.matches(PAGED_PARTS) || element.querySelector(PAGED_PARTS)) return true;
    }
  }
  return false;
}

export interface PagedSource extends ViewerSource {
  /** What the viewer's own API said (validated), when the page has the standard pdf.js application. */
  setAppReading(reading: Extract<ViewerAppReading, { state: 'loaded' }>): void;
  hasAppReading(): boolean;
}

/**
 * A paged viewer read from its DOM: the page count from its page elements, the text of the pages
 * rendered now, and the text of every page rendered earlier in this visit (pdf.js drops far pages'
 * layers). Where the viewer's API was read, every page's text is known from the start.
 */
export function pagedSource(doc: Document): PagedSource {
  /** Text of each page seen rendered during this visit, by page number. */
  const seen = new Map<number, string>();
  let app: Extract<ViewerAppReading, { state: 'loaded' }> | null = null;
  let rendered: RenderedText | null = null;
  let reading: string | null = null;
  /** The viewer removed a page element: it holds only the pages on screen (one page at a time). */
  let swapsPages = false;
  /** The page count the viewer's controls state, read while its DOM does not hold every page. */
  let statedTotal: number | null | undefined;

  const pageElements = () =>
    [...doc.querySelectorAll<HTMLElement>(PAGE)].filter((el) => Number.isInteger(pageNumber(el)) && pageNumber(el) > 0);

  const render = (): RenderedText => {
    const layers: { number: number; layer: Element }[] = [];
    for (const page of pageElements()) {
      const layer = page.querySelector(TEXT_LAYER);
      if (layer && isLayerReady(layer)) layers.push({ number: pageNumber(page), layer });
    }
    const map = buildTextMapOver(layers.map((l) => l.layer));
    const pages = layers
      .map(({ number }, i) => ({ number, ...map.segments[i]! }))
      .filter((page) => page.end > page.start);
    for (const { number, layer } of layers) remember(number, layer);
    return { map, pages };
  };

  /** Keep a finished layer's text as its page's (an empty or unfinished layer says nothing). */
  const remember = (number: number, layer: Element) => {
    const text = textLayerLines(layer);
    if (text.trim() && seen.get(number) !== text) {
      seen.set(number, text);
      reading = null;
    }
  };

  /**
   * pdf.js removes the text layers of pages scrolled away (and OA viewers recycle page elements): a
   * page scrolled past before the annotator next read the frame is read from the removed layer, which
   * still holds its text when the records arrive, so it counts as read all the same.
   */
  const readRemovedLayers = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node.nodeType !== ELEMENT_NODE) continue;
        const element = node as Element;
        if (!swapsPages && !element.isConnected && (element.matches(PAGE) || element.querySelector(PAGE))) swapsPages = true;
        const removedLayers = element.matches(TEXT_LAYER) ? [element] : [...element.querySelectorAll(TEXT_LAYER)];
        for (const layer of removedLayers) {
          const page = layer.closest(PAGE) ?? (record.target as Element).closest?.(PAGE);
          const number = page ? pageNumber(page) : NaN;
          if (Number.isInteger(number) && number > 0 && isLayerReady(layer)) remember(number, layer);
        }
      }
    }
  };

  // Pages on screen now count as read: every question about pages reads them first (cached until the
  // next change).
  const pageCount = () => {
    source.rendered();
    return Math.max(app?.pageCount ?? 0, domPages().total, statedTotal ?? 0, ...seen.keys());
  };
  /**
   * The pages the DOM holds. Whether they are all the report's pages: pdf.js's scroll modes hold an
   * element for every page (1…N) from the start; a viewer showing one page at a time (pdf.js's page
   * mode, OA viewers with 上一页/下一页) holds one and swaps it, so a lone page 1 is no proof of a
   * one-page report, and a report called whole on it would replace the stored identity of its pages.
   */
  const domPages = (): { total: number; all: boolean } => {
    const numbers = new Set(pageElements().map(pageNumber));
    const total = Math.max(0, ...numbers);
    const all = !swapsPages && total >= 2 && numbers.size === total;
    if (!all && statedTotal === undefined) statedTotal = pageTotalIn(controlsText(doc));
    return { total, all };
  };
  const pageText = (n: number) => {
    source.rendered();
    return app?.pages[n - 1] ?? seen.get(n) ?? null;
  };
  const knownTexts = () => {
    const texts: string[] = [];
    for (let n = 1; n <= pageCount(); n++) {
      const text = pageText(n);
      if (text !== null) texts.push(text);
    }
    return texts;
  };

  const knownReading = () => {
    const texts = knownTexts();
    return (reading ??= readingTextOfPages(texts));
  };

  const source: PagedSource = {
    kind: 'paged',
    // A viewer's rendered pages are few: read when asked.
    prepare: async () => {},
    noteMutations: readRemovedLayers,
    rendered: () => (rendered ??= render()),
    pageCount,
    pageText,
    readingText: () => {
      // Read for the checker at the reviewer's request: from the pages as drawn now, not as they were
      // at the last batch of changes (a 重新检查 right after a page was drawn must include it).
      rendered = null;
      return knownReading();
    },
    identityText: () => knownReading(),
    pagesRead: () => {
      const total = pageCount();
      let read = 0;
      for (let n = 1; n <= total; n++) if (pageText(n) !== null) read++;
      return { read, total };
    },
    complete: () => {
      const { read, total } = source.pagesRead()!;
      const totalKnown = app !== null || domPages().all || statedTotal != null;
      return totalKnown && total > 0 && read === total;
    },
    pdfFingerprints: () => app?.fingerprints ?? [],
    title: () => reportTitle({ pageTitle: doc.title, metadataTitle: app?.title, text: knownReading, url: doc.URL }),
    showPage: (n) => {
      const page = doc.querySelector<HTMLElement>(`[data-page-number="${n}"]:not(.thumbnail):not(.thumbnailImage)`);
      page?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
      return page !== null;
    },
    invalidate: () => {
      rendered = null;
      // The controls' page count is read again (a viewer fills it in once the document has loaded).
      if (!statedTotal) statedTotal = undefined;
    },
    setAppReading: (value) => {
      app = value;
      reading = null;
    },
    hasAppReading: () => app !== null,
  };
  return source;
}

/** The viewer's text outside its pages: toolbars and page indicators (small; pages are skipped whole). */
function controlsText(doc: Document): string {
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x1 | 0x4 /* elements and text */, {
    acceptNode: (node) => (node.nodeType === ELEMENT_NODE && (node as Element).matches(`${PAGE}, script, style`) ? 2 /* reject subtree */ : 1),
  });
  for (let node = walker.nextNode(); node && parts.length < 2_000; node = walker.nextNode()) {
    if (node.nodeType !== ELEMENT_NODE) parts.push((node as Text).data);
  }
  return parts.join(' ');
}

function pageNumber(el: Element): number {
  return Number(el.getAttribute('data-page-number'));
}

/**
 * pdf.js marks a finished text layer with a trailing `.endOfContent`; other viewers do not, and their
 * layers count once they hold text. A layer pdf.js is still filling is not read yet (its text would be
 * remembered cut short).
 */
function isLayerReady(layer: Element): boolean {
  if (layer.querySelector('.endOfContent')) return true;
  const usesEndMarker = layer.ownerDocument.querySelector(`${TEXT_LAYER} .endOfContent`) !== null;
  return !usesEndMarker && (layer.textContent ?? '').trim().length > 0;
}
