import type { PageIdentity } from '@/lib/schema';
import { identifyTextInSlices } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import type { LiveTextMap, TextMap } from '@/lib/anchoring/text-map';
import type { DocumentView, Resolve } from './place-anchors';
import type { AnchorMemo } from './anchor-memo';
import { MIN_ANNOUNCED_TEXT, smallChange } from './announce-policy';
import { idleSlices, sliceNow, type NextSlice } from './idle-slices';
import { pageSource } from './sources/page-source';
import { isPagedViewer, mayMakePaged, pagedSource } from './sources/paged-source';
import type { RenderedText, ViewerSource } from './sources/types';

/**
 * A frame's text as its viewer shows it: which viewer source reads it (a plain page, or a paged viewer
 * once the frame shows itself to be one, however late), and the frame's identity, cached until the
 * text changes.
 */
export class FrameText {
  private current: ViewerSource;
  private identity: PageIdentity | null = null;
  /** Counts text changes, so an identity computed across one is not kept. */
  private version = 0;
  /** Characters changed in the frame so far, and how many had changed when the identity was computed. */
  private changedChars = 0;
  private identityAt = 0;
  /** Whether the frame must be searched for a paged viewer before the source is next used. */
  private pagedUnknown = true;
  private readonly slices: NextSlice;
  /** The live map's text that placing was last prepared for (normalised in slices), and its version. */
  private prepared: { text: string; version: number } | null = null;

  constructor(private readonly doc: Document) {
    this.current = pageSource(doc);
    this.slices = idleSlices(doc.defaultView!);
  }

  /** The page's own mutation records: an ordinary page's text map follows them by itself. */
  noteMutations(records: readonly MutationRecord[]): void {
    if (this.current.kind === 'page' && !this.pagedUnknown && mayMakePaged(records)) this.pagedUnknown = true;
    this.current.noteMutations(records);
  }

  /**
   * The frame is watched from now on: changes before went unseen, so it is searched for a paged viewer
   * once more; from now on only changes that may make one (`noteMutations`) ask again.
   */
  watchedFromNow(): void {
    this.pagedUnknown = true;
  }

  /** Counts changed characters (small edits keep the identity, see `Annotator.onTextChanged`). */
  noteChange(chars: number): void {
    this.changedChars += chars;
  }

  /** Characters changed since the cached identity was computed; null when none is cached. */
  changedSinceIdentity(): number | null {
    return this.identity ? this.changedChars - this.identityAt : null;
  }

  /** Waits for an idle slice of the frame's main thread. */
  idle(): Promise<unknown> {
    return this.slices();
  }

  /** The source to read the frame with now. */
  get source(): ViewerSource {
    this.chooseSource();
    return this.current;
  }

  /**
   * The text changed: the identity is computed again, and with `reread` the source drops what it read
   * (the next reader reads afresh); an ordinary page's live text map needs no rereading.
   */
  invalidate(reread = true): void {
    this.version++;
    if (reread) {
      this.current.invalidate();
      this.pagedUnknown = true;
    }
    this.identity = null;
  }

  /** A snapshot of the document for placing anchors. */
  documentView(): { view: DocumentView; rendered: RenderedText } {
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

  /** Normalises the rendered text for placing anchors in idle slices, ahead of placing them (a large page). */
  async prepareForPlacing(anchors: AnchorMemo): Promise<void> {
    let more = sliceNow(this.doc.defaultView!);
    const source = this.source;
    // The map brought up to date in slices of its own, and a large text's folding begun in a fresh
    // slice: together with the records of a busy page they made one long task.
    await source.prepare(more, this.slices);
    // Its length only: reading a live map's text joins it, which belongs in the fresh slice.
    const large = lengthOf(source.rendered().map) >= FRESH_SLICE_FROM;
    if (large) more = await this.slices();
    const { map } = source.rendered();
    const text = map.text;
    const snapshot = isLive(map) ? { text, version: map.version } : null;
    await anchors.prepare(text, more, this.slices);
    this.prepared = snapshot;
    // Placing (some 20–30 ms on a 200,000-node page) starts in a slice of its own, not after folding's last step.
    if (large) await this.slices();
  }

  /**
   * Resolves anchors for placing on `rendered`. On a large page that changed a little since its text
   * was prepared (a clock ticked while it was normalised in slices), an anchor is resolved on the
   * prepared text and its span carried through the map's edits, so the new text is not normalised
   * again in one task; only a span an edit touched, or an anchor not found, is resolved on the new text.
   */
  resolver(anchors: AnchorMemo, rendered: RenderedText): Resolve {
    const { map } = rendered;
    const snapshot = this.prepared;
    const usable =
      isLive(map) && snapshot !== null && snapshot.version !== map.version && anchors.isPrepared(snapshot.text) && editedLittle(map, snapshot);
    return (text, key, anchor) => {
      if (usable && text.length === map.text.length && text === map.text) {
        const result = anchors.resolve(snapshot.text, key, anchor);
        const moved = result.status === 'orphan' ? null : map.moveSpan(snapshot.version, result.start, result.end);
        if (moved) return { ...result, ...moved };
      }
      return anchors.resolve(text, key, anchor);
    };
  }

  /** Spans of an ordinary page's text that changed since its map's `version`; null when not known. */
  changedSince(version: number): { start: number; end: number }[] | null {
    const { map } = this.source.rendered();
    return isLive(map) ? map.changedSince(version) : null;
  }

  /** The version of an ordinary page's live text map (null for other sources), to ask later what changed since. */
  mapVersion(): number | null {
    const { map } = this.source.rendered();
    return isLive(map) ? map.version : null;
  }

  /** The frame's identity, computed from the source; cached only until the text changes. */
  async identify(): Promise<PageIdentity> {
    if (this.identity) return this.identity;
    const version = this.version;
    const changedBefore = this.changedChars;
    const source = this.source;
    // A large page is read and identified in idle slices (a small one within the first).
    let more = sliceNow(this.doc.defaultView!);
    await source.prepare(more, this.slices);
    // Preparing a large page ends in a later slice, often with its last step's time spent: reading the
    // text (the changes made meanwhile) and its first piece of hashing go to a fresh slice, not that one.
    if (!more()) more = await this.slices();
    const identity = pageIdentity(await identifyTextInSlices(source.identityText(), more, this.slices), {
      url: this.doc.URL,
      title: source.title(),
      complete: source.complete(),
      pdfFingerprints: source.pdfFingerprints(),
      pages: source.pagesRead(),
    });
    // Neither an identity computed while the text changed under it nor an empty one is kept; on an
    // ordinary page, small changes meanwhile (a clock ticking while a large page is read) do not count.
    const changedSince = this.changedChars - changedBefore;
    const current = version === this.version || (source.kind === 'page' && changedSince < smallChange(identity.textLength));
    if (current && identity.textLength >= MIN_ANNOUNCED_TEXT) {
      this.identity = identity;
      this.identityAt = changedBefore;
    }
    return identity;
  }

  /**
   * Switch to the paged source once the frame shows itself to be a paged viewer (it may load late). The
   * frame is searched for one at first and after changes that may have made one, not on every use.
   */
  private chooseSource(): void {
    if (this.current.kind !== 'page' || !this.pagedUnknown) return;
    this.pagedUnknown = false;
    if (isPagedViewer(this.doc)) {
      this.current = pagedSource(this.doc);
      this.invalidate();
    }
  }
}

/** A text this long is folded from a fresh idle slice (about the anchor memo's long texts). */
const FRESH_SLICE_FROM = 20_000;

const isLive = (map: TextMap): map is LiveTextMap => 'moveSpan' in map;
const lengthOf = (map: TextMap) => (isLive(map) ? map.textLength : map.text.length);

/** A tenth of the text: more changed than that, and a prepared text no longer stands in for the new one. */
const MAX_EDITED_SHARE = 0.1;

function editedLittle(map: LiveTextMap, since: { text: string; version: number }): boolean {
  const spans = map.changedSince(since.version);
  const most = map.textLength * MAX_EDITED_SHARE;
  return spans !== null && Math.abs(map.textLength - since.text.length) <= most && spans.reduce((sum, s) => sum + s.end - s.start, 0) <= most;
}
