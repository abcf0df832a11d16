/** One painted passage: an annotation (its id) or a checker finding (no id), in a layer of one colour. */
export interface PaintItem {
  id: string;
  /** Name of the layer (one per tag or severity): highlights of a layer share a colour. */
  layer: string;
  color: string;
  range: Range;
}

/**
 * Paints layers of ranges on a frame's text. Two implementations, chosen once per layer by
 * `createHighlighter` (lib/page/highlighter.ts): the CSS Custom Highlight API, or boxes drawn over the
 * text where the browser lacks it. Neither knows the other.
 */
export interface Highlighter {
  paint(items: PaintItem[]): void;
  /** Draw attention to a passage for a moment (click-to-scroll, 上一条 / 下一条). */
  flash(range: Range): void;
  /** The painted items under a viewport point, shortest first (the innermost of nested passages). */
  itemsAt(x: number, y: number): PaintItem[];
  /** What is painted now. */
  painted(): readonly PaintItem[];
  clear(): void;
  /** Clear and stop listening for anything (scroll, resize, timers). */
  dispose(): void;
}
