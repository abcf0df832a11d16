/**
 * The text the checker reads, and where each of its characters came from in the text the caller passed
 * in. Findings are computed on `text` and mapped back, so the side panel can anchor them on the page.
 */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the caller's offset of `text[i]`; `origin[text.length]` is the caller's length. Null: identical. */
  origin: Int32Array | null;
}

/** The caller's offset where a span starting at `pos` starts (also a boundary between two parts). */
export const originalStart = (n: NormalizedText, pos: number): number => (n.origin ? n.origin[pos]! : pos);

/** The caller's offset where a span ending (exclusive) at `pos` ends: after its last character. */
export const originalEnd = (n: NormalizedText, pos: number): number =>
  n.origin ? (pos === 0 ? n.origin[0]! : n.origin[pos - 1]! + 1) : pos;
