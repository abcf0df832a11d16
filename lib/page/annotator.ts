import type { Anchor, Annotation, AnchorStatus, ContentToBackground, CreatedState, PageIdentity, PageState, Tag, TagSet } from '@/lib/schema';
import { buildTextMap, type TextMap } from '@/lib/anchoring/text-map';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { PAGE_TEXT } from '@/lib/i18n/page-text';
import { detectLocale } from '@/lib/i18n/locale';
import { createHighlighter, type Highlighter, type PaintItem } from './highlighter';
import { currentSelectionRange, trimOffsets } from './capture-selection';
import { SelectionToolbar } from './selection-toolbar';
import { COMMENT_FRAME_PATH, originOf } from './comment-frame-protocol';
import { createUiHost, isInsideUi } from './ui-host';
import { watchTextChanges } from './watch-text-changes';
import { FindingLayer, locate, type FindingMark } from './finding-layer';
import { AnchorMemo, anchorKey } from './anchor-memo';

export type SendToBackground = <T>(message: ContentToBackground) => Promise<T>;

interface Placed {
  annotation: Annotation;
  range: Range | null;
  status: AnchorStatus;
}

/** Ignore a second request for the same passage within this time (a double click on a tag button). */
const REPEAT_WINDOW_MS = 800;
/** Frames with less text than this are not announced on load. */
const MIN_ANNOUNCED_TEXT = 20;
/** How long after one delivery of a shortcut its other delivery (command vs page key) is an echo. */
const SHORTCUT_ECHO_MS = 1500;

/**
 * The in-page half of Pingyue for one frame: captures selections, asks the background to store them,
 * re-anchors stored annotations on the frame's text and paints them. It stays idle (no observers,
 * no painting) until the reviewer selects text or the frame's document has annotations.
 */
export class Annotator {
  private textMap: TextMap | null = null;
  private identity: PageIdentity | null = null;
  private tagSet: TagSet | null = null;
  private documentId: string | null = null;
  private placed: Placed[] = [];
  private readonly anchors = new AnchorMemo();
  private highlighter: Highlighter | null = null;
  private ui: { host: HTMLElement; root: ShadowRoot } | null = null;
  private toolbar: SelectionToolbar | null = null;
  private pendingRange: Range | null = null;
  private stopWatching: (() => void) | null = null;
  private lastCreate = { key: '', at: 0 };
  private lastShortcut = { via: '', slot: 0, at: 0 };
  /** Round trips that replace the frame's state run one after another, so no stale reply wins. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly text = PAGE_TEXT[detectLocale(navigator.languages ?? [])];
  private readonly findings: FindingLayer;

  constructor(
    private readonly doc: Document,
    private readonly send: SendToBackground,
  ) {
    this.findings = new FindingLayer(doc, () => this.currentTextMap(), this.anchors, () => this.ensureUi().host);
  }

  private get win(): Window {
    return this.doc.defaultView!;
  }

  /**
   * Announce the frame and paint what is stored for it. Frames with next to no text (ads, spacers,
   * toolbars of a viewer) stay silent until the reviewer selects something in them (`force`).
   */
  open(force = false): Promise<void> {
    return this.serial(async () => {
      const identity = await this.currentIdentity();
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
    const now = Date.now();
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
    const map = this.currentTextMap();
    const offsets = map.offsetsOf(range);
    const trimmed = offsets && trimOffsets(map.text, offsets.start, offsets.end);
    if (!trimmed) return null;
    const key = `${trimmed.start}:${trimmed.end}:${tagId}`;
    const now = Date.now();
    if (this.lastCreate.key === key && now - this.lastCreate.at < REPEAT_WINDOW_MS) return null;
    this.lastCreate = { key, at: now };

    const created = await this.create(describeRange(map, trimmed.start, trimmed.end), tagId, comment);
    // Clear the selection so the new colour shows, unless the reviewer has already selected more.
    const selectedNow = currentSelectionRange(this.win);
    if (selectedNow && sameRange(selectedNow, range)) this.win.getSelection()?.removeAllRanges();
    return created;
  }

  /** Tags the passage an anchor computed elsewhere points at (a checker finding → an annotation). */
  async annotateAnchor(anchor: Anchor, tagId: string, comment: string): Promise<Annotation | null> {
    const map = this.currentTextMap();
    const result = this.anchors.resolve(map.text, anchorKey(anchor), anchor);
    if (result.status === 'orphan') return null;
    return this.create(describeRange(map, result.start, result.end), tagId, comment);
  }

  private async create(anchor: Anchor, tagId: string, comment: string): Promise<Annotation | null> {
    const state = await this.serial(async () => {
      const page = await this.currentIdentity();
      const reply = await this.send<CreatedState>({ type: 'annotation/create', page, tagId, comment, anchor });
      this.applyState(reply);
      return reply;
    });
    this.toolbar?.hide();
    return state.created;
  }

  /** Scroll the annotation into view and flash it; false when it could not be placed on this page. */
  scrollTo(annotationId: string): boolean {
    const item = this.placed.find((p) => p.annotation.id === annotationId);
    return item?.range ? this.reveal(item.range) : false;
  }

  /** Scroll to and flash the passage an anchor points at (a checker finding). */
  focusAnchor(anchor: Anchor): boolean {
    const map = this.currentTextMap();
    const range = locate(this.anchors, map, anchor);
    return range ? this.reveal(range) : false;
  }

  showFindings(marks: FindingMark[]): number {
    if (marks.length > 0 && !this.stopWatching) this.stopWatching = watchTextChanges(this.doc, () => this.onTextChanged());
    return this.findings.show(marks);
  }

  private reveal(range: Range): boolean {
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.ensureHighlighter().flash(range);
    return true;
  }

  /**
   * The frame's text as laid out (block boundaries become line breaks), for the report checker, which
   * reads headings line by line. Findings come back as quote anchors, so the different whitespace of
   * this text and of the text map does not matter.
   */
  readingText(): string {
    return (this.doc.body ?? this.doc.documentElement).innerText;
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
    this.placed = state.annotations.map((annotation) => ({ annotation, range: null, status: 'unknown' }));
    if (this.placed.length > 0 && !this.stopWatching) {
      this.stopWatching = watchTextChanges(this.doc, () => this.onTextChanged());
    }
    this.placeAndPaint();
  }

  private onTextChanged(): void {
    this.invalidateText();
    this.placeAndPaint();
    this.findings.repaint();
  }

  /** Re-anchor every annotation on the current text, paint, and report status changes. */
  private placeAndPaint(): void {
    if (this.placed.length === 0 && !this.highlighter) return;
    const map = this.currentTextMap();
    const tags = new Map((this.tagSet?.tags ?? []).map((t) => [t.id, t]));
    const items: PaintItem[] = [];
    const changed: { id: string; status: AnchorStatus }[] = [];
    for (const item of this.placed) {
      const result = this.anchors.resolve(map.text, item.annotation.id, item.annotation.anchor);
      item.status = result.status;
      item.range = result.status === 'orphan' ? null : map.rangeFor(result.start, result.end);
      if (item.status !== item.annotation.anchorStatus) changed.push({ id: item.annotation.id, status: item.status });
      if (item.range) {
        const tag = tags.get(item.annotation.tagId);
        items.push({ id: item.annotation.id, layer: tag?.id ?? 'deleted-tag', color: tag?.color ?? '#6b7280', range: item.range });
      }
    }
    this.ensureHighlighter().paint(items);
    if (changed.length > 0 && this.documentId) {
      for (const c of changed) {
        const item = this.placed.find((p) => p.annotation.id === c.id);
        if (item) item.annotation = { ...item.annotation, anchorStatus: c.status };
      }
      const documentId = this.documentId;
      void this.currentIdentity()
        .then((page) => this.send({ type: 'annotation/statuses', page, documentId, statuses: changed }))
        .catch(() => {});
    }
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

  private currentTextMap(): TextMap {
    this.textMap ??= buildTextMap(this.doc.body ?? this.doc.documentElement);
    return this.textMap;
  }

  private invalidateText(): void {
    this.textMap = null;
    this.identity = null;
  }

  private async currentIdentity(): Promise<PageIdentity> {
    if (this.identity) return this.identity;
    const text = this.currentTextMap().text;
    const { fingerprint, sketch, textLength } = await identifyText(text);
    this.identity = { url: this.doc.URL, title: pageTitle(this.doc), fingerprint, sketch, textLength };
    return this.identity;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
}

function pageTitle(doc: Document): string {
  const heading = doc.querySelector('h1, h2, .title')?.textContent?.trim();
  return (doc.title.trim() || heading || doc.URL).slice(0, 1000);
}
