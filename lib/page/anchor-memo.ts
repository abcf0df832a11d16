import type { Anchor } from '@/lib/schema';
import { prepareText, resolveAnchor, type AnchorResult, type PreparedText } from '@/lib/anchoring/resolve-anchor';

/** Texts remembered at once: the rendered text plus the pages of a long report. */
const MAX_TEXTS = 256;

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

  /**
   * `key` names the anchor (an annotation id; a finding's span): within one text, equal keys must mean
   * equal anchors.
   */
  resolve(text: string, key: string, anchor: Anchor): AnchorResult {
    let entry = this.texts.get(text);
    if (entry) {
      // Most recently used last, so the oldest text is the one forgotten.
      this.texts.delete(text);
    } else {
      entry = { prepared: null, results: new Map() };
      if (this.texts.size >= MAX_TEXTS) this.texts.delete(this.texts.keys().next().value!);
    }
    this.texts.set(text, entry);
    let result = entry.results.get(key);
    if (!result) {
      entry.prepared ??= prepareText(text);
      result = resolveAnchor(entry.prepared, anchor);
      entry.results.set(key, result);
    }
    return result;
  }
}

/** A memo key for an anchor that has no id of its own (a checker finding). */
export const anchorKey = (anchor: Anchor) =>
  `span:${anchor.strategy}:${anchor.position.start}:${anchor.position.end}:${anchor.quote.prefix}\u0000${anchor.quote.exact}\u0000${anchor.quote.suffix}`;
