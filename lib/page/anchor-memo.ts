import type { Anchor } from '@/lib/schema';
import { prepareText, resolveAnchor, type AnchorResult, type PreparedText } from '@/lib/anchoring/resolve-anchor';
import { normalizeEdited, normalizeForMatchingInSlices } from '@/lib/anchoring/normalize';
import type { NextSlice } from './idle-slices';

/** Texts remembered at once: the rendered text plus the pages of a long report. */
const MAX_TEXTS = 256;
/** A text this long is normalised from the last one prepared when it is an edit of it (a clock ticked). */
const EDITED_FROM = 20_000;
/**
 * Long texts remembered at once. A large page with a clock makes a new text every tick, each with its
 * folded copy and offset table (17 MB for 2.9 million characters): kept 256 deep they filled the heap
 * and the collector's pauses became the page's long tasks.
 */
const MAX_LONG_TEXTS = 3;

interface Entry {
  prepared: PreparedText | null;
  results: Map<string, AnchorResult>;
}

/**
 * Where anchors lie in the texts of a frame (its rendered text, the pages of a paged viewer), remembered
 * per text. Viewers such as pdf.js rebuild their text layers on every scroll without changing the text:
 * then the text is not normalised again and no anchor is searched for again (passages that are gone
 * cost the most). One instance serves the annotations, the checker's findings and one-off lookups alike.
 */
export class AnchorMemo {
  private readonly texts = new Map<string, Entry>();
  /** The long text prepared last, which the next one is likely an edit of. */
  private lastLong: PreparedText | null = null;

  /**
   * Normalise `text` in slices ahead of `resolve` (a large page's text, before its annotations are
   * placed), so no single task of ours folds it all.
   */
  async prepare(text: string, more: () => boolean, next: NextSlice): Promise<void> {
    if (this.texts.get(text)?.prepared || text.length < EDITED_FROM) return;
    const prepared = prepareText(text, await normalizeForMatchingInSlices(text, more, next));
    this.entry(text).prepared = prepared;
    this.lastLong = prepared;
  }

  /** Whether `text` is normalised already (resolving on it costs no pass over it). */
  isPrepared(text: string): boolean {
    return this.texts.get(text)?.prepared != null;
  }

  /**
   * `key` names the anchor (an annotation id; a finding's span): within one text, equal keys must mean
   * equal anchors.
   */
  resolve(text: string, key: string, anchor: Anchor): AnchorResult {
    const entry = this.entry(text);
    let result = entry.results.get(key);
    if (!result) {
      entry.prepared ??= this.prepareNow(text);
      result = resolveAnchor(entry.prepared, anchor);
      entry.results.set(key, result);
    }
    return result;
  }

  /** The entry of `text`, made the most recently used (so the oldest text is the one forgotten). */
  private entry(text: string): Entry {
    let entry = this.texts.get(text);
    if (entry) {
      this.texts.delete(text);
    } else {
      entry = { prepared: null, results: new Map() };
      if (this.texts.size >= MAX_TEXTS) this.texts.delete(this.texts.keys().next().value!);
      if (text.length >= EDITED_FROM) this.forgetOldLongTexts();
    }
    this.texts.set(text, entry);
    return entry;
  }

  /** Makes room for one more long text by forgetting the least recently used ones. */
  private forgetOldLongTexts(): void {
    const long = [...this.texts.keys()].filter((text) => text.length >= EDITED_FROM);
    for (const text of long.slice(0, Math.max(0, long.length - (MAX_LONG_TEXTS - 1)))) this.texts.delete(text);
  }

  private prepareNow(text: string): PreparedText {
    if (text.length < EDITED_FROM) return prepareText(text);
    const last = this.lastLong;
    const similar = last !== null && Math.abs(last.raw.length - text.length) < text.length / 10;
    const prepared = similar ? prepareText(text, normalizeEdited(last.raw, last.normalized, text)) : prepareText(text);
    this.lastLong = prepared;
    return prepared;
  }
}

/** A memo key for an anchor that has no id of its own (a checker finding). */
export const anchorKey = (anchor: Anchor) =>
  `span:${anchor.strategy}:${anchor.position.start}:${anchor.position.end}:${anchor.quote.prefix}\u0000${anchor.quote.exact}\u0000${anchor.quote.suffix}`;
