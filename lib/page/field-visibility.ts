/** Smaller than this in either direction is a hiding trick (1-px "screen-reader only" boxes), not a form field. */
const MIN_SIZE_PX = 8;
/** Below this, text typed into the field could not be read by the reviewer. */
const MIN_OPACITY = 0.1;

/**
 * Whether the reviewer can see `field` in its frame now: rendered (not `display:none`,
 * `visibility:hidden`, `content-visibility`), not (nearly) transparent, a real size, inside the
 * frame's viewport, and not covered or clipped away: the topmost element at a visible point of it is
 * the field itself. A page that parks a field off-screen, shrinks, hides or covers it fails one of
 * these. Needs layout, so it is proved in real browsers (tests/e2e/security-fill.spec.ts).
 */
export function isFieldVisible(field: HTMLElement): boolean {
  const win = field.ownerDocument.defaultView;
  if (!field.isConnected || !win) return false;
  const checkVisibility = (field as HTMLElement & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (checkVisibility && !checkVisibility.call(field, { checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true })) return false;
  if (effectiveOpacity(field, win) < MIN_OPACITY) return false;

  const rect = field.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return false;
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, win.innerWidth);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, win.innerHeight);
  if (right - left < MIN_SIZE_PX || bottom - top < MIN_SIZE_PX) return false;

  const root = field.getRootNode() as Document | ShadowRoot;
  const hit = (typeof root.elementFromPoint === 'function' ? root : field.ownerDocument).elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return hit !== null && (hit === field || field.contains(hit));
}

/** Opacity multiplies down the tree: 0.3 inside 0.2 shows as 0.06. */
function effectiveOpacity(element: Element, win: Window): number {
  let opacity = 1;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const value = Number.parseFloat(win.getComputedStyle(current).opacity);
    if (Number.isFinite(value)) opacity *= value;
  }
  return opacity;
}
