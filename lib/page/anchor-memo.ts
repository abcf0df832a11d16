import type { Anchor } from '@/lib/schema';
import { prepareText, resolveAnchor, type AnchorResult, type PreparedText } from '@/lib/anchoring/resolve-anchor';

/**
 * Where anchors lie in the frame's current text, remembered until the text changes. Viewers such as
 * pdf.js rebuild their text layers on every scroll without changing the text: then the text is not
 * normalised again and no anchor is searched for again (passages that are gone cost the most). One
 * instance serves the annotations, the checker's findings and one-off lookups alike.
 */
export class AnchorMemo {
  private text: string | null = null;
  private prepared: PreparedText | null = null;
  private readonly results = new Map<string, AnchorResult>();

  /** `key` names the anchor (an annotation id; a finding's span): equal keys must mean equal anchors. */
  resolve(text: string, key: string, anchor: Anchor): AnchorResult {
    if (text !== this.text) {
      this.text = text;
      this.prepared = null;
      this.results.clear();
    }
    let result = this.results.get(key);
    if (!result) {
      this.prepared ??= prepareText(text);
      result = resolveAnchor(this.prepared, anchor);
      this.results.set(key, result);
    }
    return result;
  }
}

/** A memo key for an anchor that has no id of its own (a checker finding). */
export const anchorKey = (anchor: Anchor) =>
  `span:${anchor.position.start}:${anchor.position.end}:${anchor.quote.prefix}\u0000${anchor.quote.exact}\u0000${anchor.quote.suffix}`;
