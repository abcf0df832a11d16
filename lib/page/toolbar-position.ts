/** Plain rectangles in CSS px, relative to the layout viewport (what `getClientRects()` gives). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
/** The part of the layout viewport the reviewer sees (the visual viewport when pinch-zoomed). */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 6;

/**
 * What the toolbar sits next to: the passage's bounding box, or, for a passage taller than a third of
 * the view, its last line (where the reviewer's drag ended). Empty line boxes are ignored.
 */
export function anchorOf(lines: readonly Rect[], viewport: Viewport): Rect | null {
  const boxes = lines.filter((r) => r.right > r.left || r.bottom > r.top);
  if (boxes.length === 0) return null;
  const union = boxes.reduce((a, b) => ({
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  }));
  return union.bottom - union.top > viewport.height / 3 ? boxes[boxes.length - 1]! : union;
}

/**
 * Where to put a box of `size` beside `anchor`: below it when there is room, else above, else on the
 * roomier side; always inside the viewport (a passage scrolled out of view leaves the box at the edge,
 * still usable). Left-aligned with the passage, moved in from the right edge when needed.
 */
export function placeBeside(anchor: Rect, size: Size, viewport: Viewport): { left: number; top: number } {
  const minTop = viewport.top + MARGIN;
  const maxTop = viewport.top + viewport.height - MARGIN - size.height;
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below <= maxTop) top = Math.max(below, minTop);
  else if (above >= minTop) top = Math.min(above, maxTop);
  else top = viewport.top + viewport.height - anchor.bottom > anchor.top - viewport.top ? maxTop : minTop;
  top = Math.max(minTop, Math.min(top, maxTop));

  const minLeft = viewport.left + MARGIN;
  const maxLeft = viewport.left + viewport.width - MARGIN - size.width;
  const left = Math.max(minLeft, Math.min(anchor.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top) };
}

/** Space the box may take at most (the comment frame scrolls inside when the view is smaller). */
export function maxBoxHeight(viewport: Viewport): number {
  return Math.max(0, viewport.height - 2 * MARGIN);
}
