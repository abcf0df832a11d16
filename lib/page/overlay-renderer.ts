import type { Highlighter, PaintItem } from './highlighter';

/**
 * Fallback for browsers without the CSS Custom Highlight API: translucent boxes drawn over the text in
 * Pingyue's own shadow-root host, never inside the page's elements. `pointer-events: none` keeps the
 * page clickable and selectable through them.
 */
export class OverlayRenderer implements Highlighter {
  private items: PaintItem[] = [];
  private layer: HTMLElement | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly host: () => HTMLElement,
  ) {
    const schedule = () => this.schedule();
    doc.defaultView?.addEventListener('scroll', schedule, { passive: true, capture: true });
    doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  }

  paint(items: PaintItem[]): void {
    this.items = items;
    this.schedule();
  }

  flash(range: Range): void {
    const boxes = this.draw([{ id: 'flash', layer: 'flash', color: '#facc15', range }]);
    setTimeout(() => boxes.forEach((box) => box.remove()), 1600);
  }

  clear(): void {
    this.items = [];
    this.layer?.replaceChildren();
  }

  private schedule(): void {
    const win = this.doc.defaultView;
    if (!win || this.frame) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.layer?.replaceChildren();
      this.draw(this.items);
    });
  }

  private draw(items: PaintItem[]): HTMLElement[] {
    const win = this.doc.defaultView;
    if (!win) return [];
    if (!this.layer) {
      this.layer = this.doc.createElement('div');
      this.layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;';
      this.host().append(this.layer);
    }
    const boxes: HTMLElement[] = [];
    for (const item of items) {
      for (const rect of Array.from(item.range.getClientRects())) {
        const box = this.doc.createElement('div');
        box.style.cssText =
          `position:absolute;pointer-events:none;background:${item.color}40;` +
          `left:${rect.left + win.scrollX}px;top:${rect.top + win.scrollY}px;` +
          `width:${rect.width}px;height:${rect.height}px;`;
        this.layer.append(box);
        boxes.push(box);
      }
    }
    return boxes;
  }
}
