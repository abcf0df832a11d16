import type {
  Anchor,
  Annotation,
  AnnotationSource,
  AnchorStatus,
  PageState,
  PlacementReport,
  ReadingText,
  Tag,
  TagSet,
  ViewerAppReading,
} from '@/lib/schema';
import { PAGE_TEXT } from '@/lib/i18n/page-text';
import type { Locale } from '@/lib/i18n/locale';
import { oneAtATime } from '@/lib/shared/one-at-a-time';
import { createHighlighter, type Highlighter } from './highlighter';
import { currentSelectionRange, trimOffsets } from './capture-selection';
import { SelectionToolbar } from './selection-toolbar';
import { COMMENT_FRAME_PATH, originOf } from './comment-frame-protocol';
import { createUiHost, isInsideUi } from './ui-host';
import { watchTextChanges, type TextChange } from './watch-text-changes';
import { FindingLayer, type FindingMark } from './finding-layer';
import { AnchorMemo, anchorKey } from './anchor-memo';
import { findNear, placeAll, placeAnchor, statusOf, type Placement } from './place-anchors';
import { touchedRanges } from './touched-ranges';
import type { PagedSource } from './sources/paged-source';
import type { RenderedText } from './sources/types';
import { AnnouncePolicy, MIN_ANNOUNCED_TEXT } from './announce-policy';
import { RepeatGuard, ShortcutEcho, type ShortcutChannel } from './repeat-guards';
import { ViewerAppPoll } from './viewer-app-poll';
import { describeRendered } from './describe-rendered';
import { describePlaced } from './describe-placed';
import { HighlightLinks } from './highlight-links';
import { HoverCard } from './hover-card';
import { FrameText } from './frame-text';
import { FrameReports, type SendToBackground } from './frame-reports';
import { paintPlan } from './paint-plan';

export type { SendToBackground } from './frame-reports';

export interface AnnotatorOptions {
  /** The clock (ms since the epoch). */
  now: () => number;
  locale: Locale;
  /** Waits `ms` (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Reads the frame's pdf.js application; by default the background does, in the page's world. */
  readViewerApp?: () => Promise<ViewerAppReading>;
}

/** Scrolling to a page not rendered yet: how long to wait for the viewer to draw it. */
const PAGE_RENDER_WAIT_MS = 6_000;
const PAGE_RENDER_POLL_MS = 100;
/** Text changed in more places than this since the last placing: passages not found are looked for in the whole text. */
const MAX_CHANGED_SPANS = 16;

/**
 * The in-page half of Pingyue for one frame: reads the frame's document through a viewer source
 * (lib/page/sources), captures selections, asks the background to store them, places stored
 * annotations on what is rendered and paints them. From `start` on it counts text changes (cheaply)
 * and announces the frame whenever it holds text enough to matter, however late that text arrives.
 * It coordinates; the parts do one job each: FrameText reads the frame, placeAll/paintPlan place and
 * plan paint (pure), FrameReports tells the background, AnnouncePolicy, RepeatGuard, ShortcutEcho and
 * ViewerAppPoll decide when.
 */
export class Annotator {
  private readonly text: FrameText;
  private tagSet: TagSet | null = null;
  private documentId: string | null = null;
  private annotations: Annotation[] = [];
  private placements = new Map<string, { placement: Placement; range: Range | null }>();
  /** Counts placings of every annotation, so a placing of a few begun before one of all is dropped. */
  private placedGeneration = 0;
  /** The live text map's version when annotations were last placed (what changed since is searched). */
  private placedAt: number | null = null;
  private readonly anchors = new AnchorMemo();
  private highlighter: Highlighter | null = null;
  private ui: { host: HTMLElement; root: ShadowRoot } | null = null;
  private toolbar: SelectionToolbar | null = null;
  private pendingRange: Range | null = null;
  private stopWatching: (() => void) | null = null;
  private readonly repeats = new RepeatGuard();
  private readonly shortcutEcho = new ShortcutEcho();
  private readonly announce = new AnnouncePolicy();
  private readonly appPoll = new ViewerAppPoll();
  private readonly reports: FrameReports;
  /** Round trips that replace the frame's state run one after another, so no stale reply wins. */
  private readonly serial = oneAtATime();
  /** One announcement waiting is enough: it reads the frame as it is when its turn comes. */
  private announceQueued = false;
  private readonly labels;
  private readonly findings: FindingLayer;
  /** Highlight → card: clicks and hovers on highlights (lib/page/highlight-links). */
  readonly links: HighlightLinks;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly doc: Document,
    private readonly send: SendToBackground,
    private readonly options: AnnotatorOptions,
  ) {
    this.labels = PAGE_TEXT[options.locale];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.text = new FrameText(doc);
    this.reports = new FrameReports(send);
    this.findings = new FindingLayer(doc, () => this.text.documentView(), this.anchors, () => this.ensureUi().host);
    this.links = new HighlightLinks(doc, {
      painter: () => this.highlighter,
      annotations: () => this.annotations,
      tags: () => this.tagSet?.tags ?? [],
      card: new HoverCard(() => this.ensureUi().root, this.labels),
      onOpen: (annotationId) => void this.send({ type: 'page/annotation-clicked', annotationId }).catch(() => {}),
    });
  }

  private get win(): Window {
    return this.doc.defaultView!;
  }

  /** Begin: watch the frame's text (counting only) and announce it if it already has text. */
  start(): Promise<void> {
    if (!this.stopWatching) {
      this.stopWatching = watchTextChanges(this.doc, (change) => this.onTextChanged(change), (records) => this.text.noteMutations(records));
      this.text.watchedFromNow();
    }
    return this.open();
  }

  /**
   * Announce the frame and paint what is stored for it. Frames with next to no text (ads, spacers,
   * toolbars of a viewer) stay silent until the reviewer selects something in them (`force`).
   */
  open(force = false): Promise<void> {
    return this.serial(async () => {
      this.announceQueued = false;
      void this.readViewerApp();
      const identity = await this.text.identify();
      this.announce.announcedAt(identity.textLength, this.text.source.pagesRead());
      if (identity.textLength < (force ? 1 : MIN_ANNOUNCED_TEXT)) return;
      const state = await this.send({ type: 'page/opened', page: identity });
      if (state.annotations.length > 0) await this.text.prepareForPlacing(this.anchors);
      this.applyState(state);
    });
  }

  async refresh(): Promise<void> {
    this.text.invalidate();
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
  async tagByShortcut(via: ShortcutChannel, slot: number): Promise<void> {
    const now = this.options.now();
    if (this.shortcutEcho.isEcho(via, slot, now)) return;
    // Take the selection now: the reviewer may select something else while we wait for the tag set.
    const range = currentSelectionRange(this.win)?.cloneRange();
    if (!range) return;
    this.shortcutEcho.record(via, slot, now);
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
    if (this.repeats.isRepeat(`${trimmed.start}:${trimmed.end}:${tagId}`, this.options.now())) return null;

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
      if (fresh) this.text.invalidate();
      const rendered = this.text.source.rendered();
      const offsets = rendered.map.offsetsOf(range);
      const trimmed = offsets && trimOffsets(rendered.map.text, offsets.start, offsets.end);
      if (trimmed && rendered.map.text.slice(trimmed.start, trimmed.end).replace(/\s+/g, '') === selected) return { rendered, trimmed };
    }
    return null;
  }

  /** Tags the passage an anchor computed elsewhere points at (a checker finding → an annotation). */
  async annotateAnchor(anchor: Anchor, tagId: string, comment: string, source?: AnnotationSource): Promise<Annotation | null> {
    const described = this.describeAt(anchor);
    return described ? this.create(described, tagId, comment, source) : null;
  }

  /** 确认 (待确认): the annotation's anchor described afresh where it is placed now. */
  describeAnnotation(annotationId: string): Anchor | null {
    const annotation = this.annotations.find((a) => a.id === annotationId);
    return annotation ? this.describeAt(annotation.anchor) : null;
  }

  /** 重新定位: an anchor for what the reviewer has selected in this frame now. */
  describeSelection(): Anchor | null {
    const range = currentSelectionRange(this.win) ?? (this.toolbar?.isOpen ? this.pendingRange : null);
    const located = range && this.locateRange(range);
    return located ? describeRendered(located.rendered, located.trimmed.start, located.trimmed.end) : null;
  }

  private describeAt(anchor: Anchor): Anchor | null {
    const key = anchorKey(anchor);
    return describePlaced(this.text.source, this.place(key, anchor), key, anchor, (text, k, a) => this.anchors.resolve(text, k, a));
  }

  private async create(anchor: Anchor, tagId: string, comment: string, source?: AnnotationSource): Promise<Annotation | null> {
    const state = await this.serial(async () => {
      const page = await this.text.identify();
      const reply = await this.send({ type: 'annotation/create', page, tagId, comment, anchor, ...(source && { source }) });
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
    return annotation ? this.bringIntoView(anchorKey(annotation.anchor), annotation.anchor) : Promise.resolve(false);
  }

  /** Scroll to and flash the passage an anchor points at (a checker finding). */
  focusAnchor(anchor: Anchor): Promise<boolean> {
    return this.bringIntoView(anchorKey(anchor), anchor);
  }

  private async bringIntoView(key: string, anchor: Anchor): Promise<boolean> {
    let placement = this.place(key, anchor);
    if (placement.kind === 'pending' && placement.page !== null && this.text.source.showPage(placement.page)) {
      const deadline = this.options.now() + PAGE_RENDER_WAIT_MS;
      while (placement.kind !== 'painted' && this.options.now() < deadline) {
        await this.sleep(PAGE_RENDER_POLL_MS);
        placement = this.place(key, anchor);
      }
    }
    if (placement.kind !== 'painted') return false;
    const range = this.text.source.rendered().map.rangeFor(placement.start, placement.end);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.ensureHighlighter().flash(range);
    return true;
  }

  showFindings(marks: FindingMark[]): number {
    return this.findings.show(marks);
  }

  /** The report as far as the frame can read it, for the checker, and how many of its pages that is. */
  readingText(): ReadingText {
    const { source } = this.text;
    return { text: source.readingText(), pages: source.pagesRead() };
  }

  /** Annotations waiting for their page, for the panel. */
  placementReport(): PlacementReport {
    const pending: PlacementReport['pending'] = [];
    for (const [id, { placement }] of this.placements) if (placement.kind === 'pending') pending.push({ id, page: placement.page });
    return { documentId: this.documentId, pending, pages: this.text.source.pagesRead() };
  }

  dispose(): void {
    this.stopWatching?.();
    this.highlighter?.dispose();
    this.findings.dispose();
    this.links.dispose();
    this.ui?.host.remove();
  }

  private applyState(state: PageState): void {
    this.tagSet = state.tagSet;
    this.documentId = state.documentId;
    this.annotations = state.annotations;
    this.placeAndPaint();
  }

  /**
   * The frame's text changed. An ordinary page is handled by `pageTextChanged`. In a paged viewer the
   * pages are read again, what is shown is placed again, and the frame is announced again when the
   * change matters (AnnouncePolicy).
   */
  private onTextChanged(change: TextChange): void {
    this.text.noteChange(change.added + change.removed);
    if (this.text.source.kind === 'page') return this.pageTextChanged(change);
    this.text.invalidate();
    if (this.annotations.length > 0) this.placeAndPaint();
    this.findings.repaint();
    void this.readViewerApp();
    this.announceIfItMatters(change);
  }

  /**
   * An ordinary page's text changed. Its text map follows the page by itself, and painted passages are
   * live ranges that follow the DOM: a change outside them (a clock, a ticker) costs nothing here, not
   * even reading the map. Passages whose own text changed are placed again, and passages not found are
   * looked for where text changed (`placeChanged`, in idle time). The identity is kept while changes
   * stay small; past that it is dropped, to be computed again (in idle slices) when next needed.
   */
  private pageTextChanged(change: TextChange): void {
    const sinceIdentity = this.text.changedSinceIdentity();
    const absorbed = sinceIdentity !== null && this.announce.absorbsSmallChange(change, sinceIdentity);
    this.placeChanged(change);
    this.findings.repaintIfChanged(change.records, change.added > 0);
    if (absorbed) return;
    this.text.invalidate(false);
    this.announceIfItMatters(change);
  }

  private announceIfItMatters(change: TextChange): void {
    if (this.announce.shouldAnnounce(change, this.text.source.pagesRead()) && !this.announceQueued) {
      this.announceQueued = true;
      void this.open().catch((error) => console.warn('Pingyue:', error));
    }
  }

  /**
   * On an ordinary page: the painted passages a change touched, and those not found (when text came),
   * placed again in idle time, near where they were or where text changed; only what is not found
   * there is looked for in the whole text, normalised in idle slices first.
   */
  private placeChanged(change: TextChange): void {
    const touched = touchedRanges(change.records, [...this.placements].map(([id, { range }]) => [id, range] as const));
    const unfound = change.added > 0 && this.annotations.some((a) => !this.placements.get(a.id)?.range);
    if (touched.size === 0 && !unfound) return;
    const generation = this.placedGeneration;
    void this.text.idle().then(() => this.placeAgain(touched, generation));
  }

  private async placeAgain(touched: ReadonlySet<string>, generation: number): Promise<void> {
    // Placed anew meanwhile (a new state from the background): that placing saw this change too.
    if (generation !== this.placedGeneration) return;
    let { view, rendered } = this.text.documentView();
    const changed = this.placedAt === null ? null : this.text.changedSince(this.placedAt);
    const results = new Map<string, Placement>();
    const missing: Annotation[] = [];
    const resolve = this.text.resolver(this.anchors, rendered);
    for (const annotation of this.annotations) {
      const before = this.placements.get(annotation.id);
      if (before?.range && !touched.has(annotation.id)) continue;
      const key = anchorKey(annotation.anchor);
      let placement: Placement | null = null;
      if (before?.range) {
        const near = rendered.map.offsetsOf(before.range)?.start ?? 0;
        placement = findNear(view, key, annotation.anchor, near, resolve);
      } else if (changed && changed.length <= MAX_CHANGED_SPANS) {
        for (const span of changed) placement ??= findNear(view, key, annotation.anchor, span.start, resolve, span.end);
        if (!placement) continue; // Not where text changed: still where it was not found before.
      }
      if (placement) results.set(annotation.id, placement);
      else missing.push(annotation);
    }
    if (missing.length > 0) {
      // Not near: the whole text is searched, normalised in idle slices first (a large page).
      await this.text.prepareForPlacing(this.anchors);
      if (generation !== this.placedGeneration) return;
      ({ view, rendered } = this.text.documentView());
      const resolveAll = this.text.resolver(this.anchors, rendered);
      for (const annotation of missing) results.set(annotation.id, placeAnchor(view, anchorKey(annotation.anchor), annotation.anchor, resolveAll));
    }
    this.placedAt = this.text.mapVersion();
    const changes: { id: string; status: AnchorStatus }[] = [];
    for (const annotation of this.annotations) {
      const placement = results.get(annotation.id);
      if (!placement) continue;
      const range = placement.kind === 'painted' ? rendered.map.rangeFor(placement.start, placement.end) : null;
      this.placements.set(annotation.id, { placement, range });
      const status = statusOf(placement);
      if (status && status !== annotation.anchorStatus) changes.push({ id: annotation.id, status });
    }
    if (results.size === 0) return;
    this.paint();
    this.reportStatuses(changes);
    this.reports.placements(this.placementReport());
  }

  /**
   * In a paged viewer, read the standard pdf.js application if the page has one (through the
   * background, in the page's world): then every page's text, the fingerprint and the title are known.
   */
  private async readViewerApp(): Promise<void> {
    const source = this.text.source;
    if (source.kind !== 'paged' || !this.appPoll.tryNow(this.options.now())) return;
    const read = this.options.readViewerApp ?? (() => this.send({ type: 'viewer/read-app' }));
    const reading = await read().catch(() => null);
    if (!reading || reading.state === 'loading') return;
    this.appPoll.finish();
    if (reading.state !== 'loaded') return;
    (source as PagedSource).setAppReading(reading);
    this.text.invalidate();
    if (this.annotations.length > 0) this.placeAndPaint();
    await this.open();
  }

  private place(key: string, anchor: Anchor): Placement {
    const { view, rendered } = this.text.documentView();
    return placeAnchor(view, key, anchor, this.text.resolver(this.anchors, rendered));
  }

  /** Place every annotation on the current text, paint, and report status changes and pending ones. */
  private placeAndPaint(): void {
    if (this.annotations.length === 0 && !this.highlighter) return;
    const { view, rendered } = this.text.documentView();
    const items = this.annotations.map((a) => ({ id: a.id, anchor: a.anchor, status: a.anchorStatus }));
    const { placements, changes } = placeAll(view, items, this.text.resolver(this.anchors, rendered));
    this.placedGeneration++;
    this.placedAt = this.text.mapVersion();
    this.placements = new Map(
      this.annotations.map((a) => {
        const placement = placements.get(a.id)!;
        return [a.id, { placement, range: placement.kind === 'painted' ? rendered.map.rangeFor(placement.start, placement.end) : null }];
      }),
    );
    this.paint();
    this.reportStatuses(changes);
    this.reports.placements(this.placementReport());
  }

  /** Paints every placed annotation in its tag's colour (paintPlan). */
  private paint(): void {
    const placements = new Map([...this.placements].map(([id, { placement }]) => [id, placement]));
    const plan = paintPlan(this.annotations, placements, this.tagSet);
    this.ensureHighlighter().paint(
      plan.flatMap(({ id, layer, color }) => {
        const range = this.placements.get(id)?.range;
        return range ? [{ id, layer, color, range }] : [];
      }),
    );
  }

  /** Keeps the changed statuses and tells the background, which stores them. */
  private reportStatuses(changes: { id: string; status: AnchorStatus }[]): void {
    if (changes.length === 0 || !this.documentId) return;
    const byId = new Map(changes.map((c) => [c.id, c.status]));
    this.annotations = this.annotations.map((a) => (byId.has(a.id) ? { ...a, anchorStatus: byId.get(a.id)! } : a));
    this.reports.statuses(this.text.identify(), this.documentId, changes);
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
      this.toolbar = new SelectionToolbar(this.ensureUi().root, this.labels, {
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
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}
