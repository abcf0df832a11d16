import {
  PAGED_ANCHOR_STRATEGY,
  type Anchor,
  type Annotation,
  type AnnotationSource,
  type AnchorStatus,
  type ContentToBackground,
  type CreatedState,
  type PageIdentity,
  type PageState,
  type PlacementReport,
  type ReadingText,
  type Tag,
  type TagSet,
  type ViewerAppReading,
} from '@/lib/schema';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { PAGE_TEXT } from '@/lib/i18n/page-text';
import type { Locale } from '@/lib/i18n/locale';
import { createHighlighter, type Highlighter, type PaintItem } from './highlighter';
import { currentSelectionRange, trimOffsets } from './capture-selection';
import { SelectionToolbar } from './selection-toolbar';
import { COMMENT_FRAME_PATH, originOf } from './comment-frame-protocol';
import { createUiHost, isInsideUi } from './ui-host';
import { watchTextChanges, type TextChange } from './watch-text-changes';
import { FindingLayer, type FindingMark } from './finding-layer';
import { AnchorMemo, anchorKey } from './anchor-memo';
import { placeAll, placeAnchor, type DocumentView, type Placement } from './place-anchors';
import { pageSource } from './sources/page-source';
import { isPagedViewer, pagedSource, type PagedSource } from './sources/paged-source';
import type { RenderedText, ViewerSource } from './sources/types';

export type SendToBackground = <T>(message: ContentToBackground) => Promise<T>;

export interface AnnotatorOptions {
  /** The clock (ms since the epoch). */
  now: () => number;
  locale: Locale;
  /** Waits `ms` (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

/** Ignore a second request for the same passage within this time (a double click on a tag button). */
const REPEAT_WINDOW_MS = 800;
/** Frames with less text than this are not announced. */
const MIN_ANNOUNCED_TEXT = 20;
/** Once announced, the frame is announced again when its text grows or shrinks by this share. */
const REANNOUNCE_SHARE = 0.1;
/** How long after one delivery of a shortcut its other delivery (command vs page key) is an echo. */
const SHORTCUT_ECHO_MS = 1500;
/** Scrolling to a page not rendered yet: how long to wait for the viewer to draw it. */
const PAGE_RENDER_WAIT_MS = 6_000;
const PAGE_RENDER_POLL_MS = 100;
/** The pdf.js application may still be loading its document: ask again at most this often, this many times. */
const APP_RETRY_MS = 1_000;
const APP_MAX_TRIES = 30;

/**
 * The in-page half of Pingyue for one frame: reads the frame's document through a viewer source
 * (lib/page/sources), captures selections, asks the background to store them, places stored
 * annotations on what is rendered and paints them. From `start` on it counts text changes (cheaply)
 * and announces the frame whenever it holds text enough to matter, however late that text arrives.
 */
export class Annotator {
  private source: ViewerSource;
  private identity: PageIdentity | null = null;
  private tagSet: TagSet | null = null;
  private documentId: string | null = null;
  private annotations: Annotation[] = [];
  private placements = new Map<string, { placement: Placement; range: Range | null }>();
  private readonly anchors = new AnchorMemo();
  private highlighter: Highlighter | null = null;
  private ui: { host: HTMLElement; root: ShadowRoot } | null = null;
  private toolbar: SelectionToolbar | null = null;
  private pendingRange: Range | null = null;
  private stopWatching: (() => void) | null = null;
  private lastCreate = { key: '', at: 0 };
  private lastShortcut = { via: '', slot: 0, at: 0 };
  /** What the frame last announced: its text length, or for a paged viewer the pages read. */
  private announced = { length: -1, pages: -1, textChange: 0 };
  private app = { tries: 0, lastAt: -Infinity, done: false };
  private lastReport = '';
  /** Counts text changes, so an identity computed across one is not kept. */
  private textVersion = 0;
  /** Round trips that replace the frame's state run one after another, so no stale reply wins. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly text;
  private readonly findings: FindingLayer;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly doc: Document,
    private readonly send: SendToBackground,
    private readonly options: AnnotatorOptions,
  ) {
    this.text = PAGE_TEXT[options.locale];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.source = pageSource(doc);
    this.findings = new FindingLayer(doc, () => this.documentView(), this.anchors, () => this.ensureUi().host);
  }

  private get win(): Window {
    return this.doc.defaultView!;
  }

  /** Begin: watch the frame's text (counting only) and announce it if it already has text. */
  start(): Promise<void> {
    this.stopWatching ??= watchTextChanges(this.doc, (change) => this.onTextChanged(change));
    return this.open();
  }

  /**
   * Announce the frame and paint what is stored for it. Frames with next to no text (ads, spacers,
   * toolbars of a viewer) stay silent until the reviewer selects something in them (`force`).
   */
  open(force = false): Promise<void> {
    return this.serial(async () => {
      this.chooseSource();
      void this.readViewerApp();
      const identity = await this.currentIdentity();
      this.announced = { length: identity.textLength, pages: this.source.pagesRead()?.read ?? -1, textChange: 0 };
      if (identity.textLength < (force ? 1 : MIN_ANNOUNCED_TEXT)) return;
      this.applyState(await this.send<PageState>({ type: 'page/opened', page: identity }));
    });
  }

  async refresh(): Promise<void> {
    this.invalidateText();
    await this.open();
  }

  /** Selection ended (mouse up / keyboard): offer the toolbar beside it. */
  onSelectionEnd(): void {
    const range = currentSelectionRange(this.win);
    if (!range) {
      if (!this.toolbar?.isEditing) this.toolbar?.hide();
      return;
    }
    this.pendingRange = range.cloneRange();
    void this.showToolbar(this.pendingRange);
  }

  onPointerDown(target: EventTarget | null): void {
    if (!isInsideUi(target as Node | null)) this.toolbar?.hide();
  }

  /**
   * Alt+Shift+N: tag the current selection with the tag in slot N. The same key press may reach us
   * twice, as the browser's keyboard command (via the background) and as a key event in the page;
   * the second of the pair is dropped.
   */
  async tagByShortcut(via: 'page-key' | 'command', slot: number): Promise<void> {
    const now = this.options.now();
    const echo = this.lastShortcut;
    if (echo.slot === slot && echo.via !== via && now - echo.at < SHORTCUT_ECHO_MS) return;
    // Take the selection now: the reviewer may select something else while we wait for the tag set.
    const range = currentSelectionRange(this.win)?.cloneRange();
    if (!range) return;
    this.lastShortcut = { via, slot, at: now };
    const tagId = (await this.tags()).find((t) => t.shortcut === slot)?.id;
    if (tagId) await this.tagSelection(tagId, '', range);
  }

  /** Tags `range`, or else the current selection (or the one the open toolbar was shown for). */
  async tagSelection(tagId: string, comment: string, range?: Range): Promise<Annotation | null> {
    range ??= currentSelectionRange(this.win) ?? (this.toolbar?.isOpen ? this.pendingRange : null) ?? undefined;
    if (!range) return null;
    const located = this.locateRange(range);
    if (!located) return null;
    const { rendered, trimmed } = located;
    const key = `${trimmed.start}:${trimmed.end}:${tagId}`;
    const now = this.options.now();
    if (this.lastCreate.key === key && now - this.lastCreate.at < REPEAT_WINDOW_MS) return null;
    this.lastCreate = { key, at: now };

    const created = await this.create(describeRendered(rendered, trimmed.start, trimmed.end), tagId, comment);
    // Clear the selection so the new colour shows, unless the reviewer has already selected more.
    const selectedNow = currentSelectionRange(this.win);
    if (selectedNow && sameRange(selectedNow, range)) this.win.getSelection()?.removeAllRanges();
    return created;
  }

  /**
   * The selection's place in the rendered text. The text changed since it was mapped when the selection
   * is not where the map says (text that arrived a moment ago, before the observer's turn): then it is
   * mapped afresh.
   */
  private locateRange(range: Range): { rendered: RenderedText; trimmed: { start: number; end: number } } | null {
    const selected = range.toString().replace(/\s+/g, '');
    for (const fresh of [false, true]) {
      if (fresh) this.invalidateText();
      this.chooseSource();
      const rendered = this.source.rendered();
      const offsets = rendered.map.offsetsOf(range);
      const trimmed = offsets && trimOffsets(rendered.map.text, offsets.start, offsets.end);
      if (trimmed && rendered.map.text.slice(trimmed.start, trimmed.end).replace(/\s+/g, '') === selected) return { rendered, trimmed };
    }
    return null;
  }

  /** Tags the passage an anchor computed elsewhere points at (a checker finding → an annotation). */
  async annotateAnchor(anchor: Anchor, tagId: string, comment: string, source?: AnnotationSource): Promise<Annotation | null> {
    const placement = this.place(anchorKey(anchor), anchor);
    if (placement.kind === 'painted') {
      return this.create(describeRendered(this.source.rendered(), placement.start, placement.end), tagId, comment, source);
    }
    // On a page not rendered now: describe it on that page's text, which the source knows.
    const text = placement.kind === 'pending' && placement.page !== null ? this.source.pageText(placement.page) : null;
    if (placement.kind !== 'pending' || placement.page === null || text === null) return null;
    const result = this.anchors.resolve(text, anchorKey(anchor), anchor);
    if (result.status === 'orphan') return null;
    const { quote, position } = describeRange(text, result.start, result.end);
    return this.create({ strategy: PAGED_ANCHOR_STRATEGY, quote, position, page: placement.page }, tagId, comment, source);
  }

  private async create(anchor: Anchor, tagId: string, comment: string, source?: AnnotationSource): Promise<Annotation | null> {
    const state = await this.serial(async () => {
      const page = await this.currentIdentity();
      const reply = await this.send<CreatedState>({ type: 'annotation/create', page, tagId, comment, anchor, ...(source && { source }) });
      this.applyState(reply);
      return reply;
    });
    this.toolbar?.hide();
    return state.created;
  }

  /**
   * Scroll the annotation into view and flash it. On a page the viewer has not rendered, the page is
   * brought into view first and the passage flashed once it is drawn. False when it cannot be shown.
   */
  scrollTo(annotationId: string): Promise<boolean> {
    const annotation = this.annotations.find((a) => a.id === annotationId);
    return annotation ? this.bringIntoView(annotationId, annotation.anchor) : Promise.resolve(false);
  }

  /** Scroll to and flash the passage an anchor points at (a checker finding). */
  focusAnchor(anchor: Anchor): Promise<boolean> {
    return this.bringIntoView(anchorKey(anchor), anchor);
  }

  private async bringIntoView(key: string, anchor: Anchor): Promise<boolean> {
    let placement = this.place(key, anchor);
    if (placement.kind === 'pending' && placement.page !== null && this.source.showPage(placement.page)) {
      const deadline = this.options.now() + PAGE_RENDER_WAIT_MS;
      while (placement.kind !== 'painted' && this.options.now() < deadline) {
        await this.sleep(PAGE_RENDER_POLL_MS);
        placement = this.place(key, anchor);
      }
    }
    if (placement.kind !== 'painted') return false;
    const range = this.source.rendered().map.rangeFor(placement.start, placement.end);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.ensureHighlighter().flash(range);
    return true;
  }

  showFindings(marks: FindingMark[]): number {
    return this.findings.show(marks);
  }

  /** The report as far as the frame can read it, for the checker, and how many of its pages that is. */
  readingText(): ReadingText {
    this.chooseSource();
    return { text: this.source.readingText(), pages: this.source.pagesRead() };
  }

  /** Annotations waiting for their page, for the panel. */
  placementReport(): PlacementReport {
    const pending: PlacementReport['pending'] = [];
    for (const [id, { placement }] of this.placements) if (placement.kind === 'pending') pending.push({ id, page: placement.page });
    return { documentId: this.documentId, pending, pages: this.source.pagesRead() };
  }

  dispose(): void {
    this.stopWatching?.();
    this.highlighter?.clear();
    this.findings.clear();
    this.ui?.host.remove();
  }

  private applyState(state: PageState): void {
    this.tagSet = state.tagSet;
    this.documentId = state.documentId;
    this.annotations = state.annotations;
    this.placeAndPaint();
  }

  /**
   * The frame's text changed. Cached text is dropped (never rebuilt here: the next reader rebuilds it),
   * what is shown is placed again, and the frame is announced again when the change matters: text
   * arrived in a frame that had none, grew or shrank by a tenth, or a paged viewer showed a new page.
   */
  private onTextChanged(change: TextChange): void {
    this.invalidateText();
    this.chooseSource();
    if (this.annotations.length > 0) this.placeAndPaint();
    this.findings.repaint();
    void this.readViewerApp();
    if (this.shouldAnnounce(change)) void this.open().catch((error) => console.warn('Pingyue:', error));
  }

  private shouldAnnounce(change: TextChange): boolean {
    const pages = this.source.pagesRead();
    if (pages) return pages.read > this.announced.pages;
    this.announced.textChange += change.added - change.removed;
    const threshold = Math.max(MIN_ANNOUNCED_TEXT, this.announced.length * REANNOUNCE_SHARE);
    return Math.abs(this.announced.textChange) >= threshold || (this.announced.length < MIN_ANNOUNCED_TEXT && change.added > 0);
  }

  /** Switch to the paged source once the frame shows itself to be a paged viewer (it may load late). */
  private chooseSource(): void {
    if (this.source.kind === 'page' && isPagedViewer(this.doc)) {
      this.source = pagedSource(this.doc);
      this.invalidateText();
    }
  }

  /**
   * In a paged viewer, read the standard pdf.js application if the page has one (through the
   * background, in the page's world): then every page's text, the fingerprint and the title are known.
   */
  private async readViewerApp(): Promise<void> {
    const source = this.source;
    if (source.kind !== 'paged' || this.app.done || this.app.tries >= APP_MAX_TRIES) return;
    const now = this.options.now();
    if (now - this.app.lastAt < APP_RETRY_MS) return;
    this.app = { ...this.app, tries: this.app.tries + 1, lastAt: now };
    const reading = await this.send<ViewerAppReading>({ type: 'viewer/read-app' }).catch(() => null);
    if (!reading || reading.state === 'loading') return;
    this.app.done = true;
    if (reading.state !== 'loaded') return;
    (source as PagedSource).setAppReading(reading);
    this.invalidateText();
    if (this.annotations.length > 0) this.placeAndPaint();
    await this.open();
  }

  /** A snapshot of the document for placing anchors. */
  private documentView(): { view: DocumentView; rendered: RenderedText } {
    const source = this.source;
    const rendered = source.rendered();
    const view: DocumentView = {
      rendered: { text: rendered.map.text, pages: rendered.pages },
      paged: source.kind === 'paged',
      pageCount: source.pageCount() ?? 0,
      pageText: (n) => source.pageText(n),
      complete: source.complete(),
    };
    return { view, rendered };
  }

  private place(key: string, anchor: Anchor): Placement {
    this.chooseSource();
    return placeAnchor(this.documentView().view, key, anchor, (text, k, a) => this.anchors.resolve(text, k, a));
  }

  /** Place every annotation on the current text, paint, and report status changes and pending ones. */
  private placeAndPaint(): void {
    if (this.annotations.length === 0 && !this.highlighter) return;
    const { view, rendered } = this.documentView();
    const items = this.annotations.map((a) => ({ id: a.id, anchor: a.anchor, status: a.anchorStatus }));
    const { placements, changes } = placeAll(view, items, (text, key, anchor) => this.anchors.resolve(text, key, anchor));
    const tags = new Map((this.tagSet?.tags ?? []).map((t) => [t.id, t]));
    const paint: PaintItem[] = [];
    this.placements = new Map();
    for (const annotation of this.annotations) {
      const placement = placements.get(annotation.id)!;
      const range = placement.kind === 'painted' ? rendered.map.rangeFor(placement.start, placement.end) : null;
      this.placements.set(annotation.id, { placement, range });
      if (!range) continue;
      const tag = tags.get(annotation.tagId);
      paint.push({ id: annotation.id, layer: tag?.id ?? 'deleted-tag', color: tag?.color ?? '#6b7280', range });
    }
    this.ensureHighlighter().paint(paint);
    this.reportStatuses(changes);
    this.reportPlacements();
  }

  private reportStatuses(changes: { id: string; status: AnchorStatus }[]): void {
    if (changes.length === 0 || !this.documentId) return;
    const byId = new Map(changes.map((c) => [c.id, c.status]));
    this.annotations = this.annotations.map((a) => (byId.has(a.id) ? { ...a, anchorStatus: byId.get(a.id)! } : a));
    const documentId = this.documentId;
    void this.currentIdentity()
      .then((page) => this.send({ type: 'annotation/statuses', page, documentId, statuses: changes }))
      .catch(() => {});
  }

  /** Tell the panel (it listens) when the annotations waiting for their page change. */
  private reportPlacements(): void {
    const report = this.placementReport();
    const key = JSON.stringify(report);
    if (key === this.lastReport) return;
    this.lastReport = key;
    void this.send({ type: 'page/placements', report }).catch(() => {});
  }

  private ensureHighlighter(): Highlighter {
    this.highlighter ??= createHighlighter(this.doc, 'pingyue-tag', () => this.ensureUi().host);
    return this.highlighter;
  }

  private ensureUi(): { host: HTMLElement; root: ShadowRoot } {
    if (!this.ui || !this.ui.host.isConnected) this.ui = createUiHost(this.doc);
    return this.ui;
  }

  private async showToolbar(range: Range): Promise<void> {
    const tags = await this.tags();
    if (!this.toolbar || !this.ui?.host.isConnected) {
      this.toolbar = new SelectionToolbar(this.ensureUi().root, this.text, {
        onTag: (tagId) => this.tagSelection(tagId, ''),
        // The frame wrote the comment; fetch the frame's state again so this copy is current.
        onCommentSaved: () => void this.open(true).catch(() => {}),
        commentPage: () => ({ url: browser.runtime.getURL(COMMENT_FRAME_PATH), origin: originOf(browser.runtime.getURL('/')) }),
      });
    }
    this.toolbar.show(tags, range);
  }

  private async tags(): Promise<readonly Tag[]> {
    if (!this.tagSet) await this.open(true);
    return this.tagSet?.tags ?? [];
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private invalidateText(): void {
    this.textVersion++;
    this.source.invalidate();
    this.identity = null;
  }

  /** The frame's identity, computed from the source; cached only until the text changes. */
  private async currentIdentity(): Promise<PageIdentity> {
    if (this.identity) return this.identity;
    const version = this.textVersion;
    const source = this.source;
    const identity = pageIdentity(await identifyText(source.identityText()), {
      url: this.doc.URL,
      title: source.title(),
      complete: source.complete(),
      pdfFingerprints: source.pdfFingerprints(),
      pages: source.pagesRead(),
    });
    // Neither an identity computed while the text changed under it nor an empty one is kept.
    if (version === this.textVersion && identity.textLength >= MIN_ANNOUNCED_TEXT) this.identity = identity;
    return identity;
  }
}

/**
 * An anchor for `[start, end)` of the rendered text: on a paged viewer, a `pingyue-text/2` anchor on the
 * page the passage starts on, its position relative to that page's text.
 */
function describeRendered(rendered: RenderedText, start: number, end: number): Anchor {
  const anchor = describeRange(rendered.map, start, end);
  const page = rendered.pages.find((p) => start >= p.start && start < p.end);
  if (!page) return anchor;
  const { quote, position } = anchor;
  return {
    strategy: PAGED_ANCHOR_STRATEGY,
    quote,
    position: { ...position, start: position.start - page.start, end: position.end - page.start },
    page: page.number,
  };
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}
