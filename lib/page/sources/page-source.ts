import { liveTextMap, type LiveTextMap } from '@/lib/anchoring/text-map';
import { isPositionedLayout, positionedReadingText } from './positioned-lines';
import { reportTitle } from './report-title';
import type { RenderedText, ViewerSource } from './types';

/**
 * Records kept for a built map no one reads; past this many they are applied in idle time (a page that
 * changes all day must not pile them up, nor have its map rebuilt). A map still being built is read
 * afresh past {@link MAX_PENDING_RECORDS}.
 */
const APPLY_PENDING_AT = 500;
/**
 * Records applied in one step while the map is prepared. A step walks again only the blocks of nodes
 * the records touched, but makes a pass over the map's blocks: not too few per step.
 */
const RECORDS_PER_UPDATE = 64;
const MAX_PENDING_RECORDS = 2_000;

/**
 * An ordinary page (articles, OA forms, docx previews): the report is the frame's whole text, all of it
 * rendered. Identity and anchors use the text map (`pingyue-text/1`); the checker reads `innerText`,
 * whose line breaks follow the page's blocks (headings, paragraphs), or, on HTML converted from a PDF
 * or Word file (text in positioned boxes), the visual lines joined into paragraphs (positioned-lines.ts).
 *
 * The text map is live (lib/anchoring/text-map.ts): built once, in idle slices where the annotator
 * prepares it, then kept current from the page's mutation records, applied only when the map is read:
 * a page that changes all the time (a clock, a ticker) costs next to nothing while no one reads it.
 */
export function pageSource(doc: Document): ViewerSource {
  const root = () => doc.body ?? doc.documentElement;
  let mapRoot = root();
  let map: LiveTextMap = liveTextMap(mapRoot);
  /** Records since the map was last brought up to date (those from before its walk are harmless). */
  let pending: MutationRecord[] = [];
  let applyQueued = false;

  const current = (): LiveTextMap => {
    // The body may be replaced (document.open, a late <body>): then the map is of the new one.
    if (root() !== mapRoot) source.invalidate();
    map.build(() => true);
    applyPending();
    return map;
  };
  const applyPending = () => {
    if (pending.length === 0 || !map.built) return;
    map.update(pending);
    pending = [];
  };
  const applyWhenIdle = () => {
    if (applyQueued) return;
    applyQueued = true;
    const win = doc.defaultView;
    const run = () => {
      applyQueued = false;
      applyPending();
    };
    if (win?.requestIdleCallback) win.requestIdleCallback(run, { timeout: 2_000 });
    else setTimeout(run, 0);
  };

  const source: ViewerSource = {
    kind: 'page',
    prepare: async (more, next) => {
      if (root() !== mapRoot) source.invalidate();
      // Bringing the map up to date is a pass over it per batch of records, and the records of a page
      // busy while it was walked may be many: a few at a time, each batch in a slice of its own. (The
      // map may be replaced meanwhile, a new body: then it is built again.)
      for (;;) {
        while (!map.build(more)) more = await next();
        if (pending.length === 0) return;
        if (!more()) more = await next();
        if (map.built) map.update(pending.splice(0, RECORDS_PER_UPDATE));
      }
    },
    noteMutations: (records) => {
      for (const record of records) pending.push(record);
      if (map.built ? pending.length >= APPLY_PENDING_AT : pending.length > MAX_PENDING_RECORDS) {
        if (map.built) applyWhenIdle();
        else source.invalidate();
      }
    },
    rendered: (): RenderedText => ({ map: current(), pages: [] }),
    pageCount: () => null,
    pageText: () => null,
    readingText: () => {
      const body = root();
      // A converter's output breaks innerText at every positioned line or character: read it by layout.
      return isPositionedLayout(body) ? positionedReadingText(body) : (body.innerText ?? body.textContent ?? '');
    },
    identityText: () => current().text,
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
      mapRoot = root();
      map = liveTextMap(mapRoot);
      pending = [];
    },
  };
  return source;
}
