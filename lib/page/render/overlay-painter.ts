import { FLASH, type Paint } from '../highlight-styles';
import { HitIndex } from './hit-test';
import type { Highlighter, PaintItem } from './types';

/**
 * For browsers without the CSS Custom Highlight API: boxes drawn over the text in Pingyue's own
 * shadow-root host, never inside the page's elements, redrawn (once a frame at most) when the page
 * scrolls or resizes. `pointer-events: none` keeps the page clickable and selectable through them.
 */
export function overlayPainter(doc: Document, host: () => HTMLElement, paint: Paint): Highlighter {
  const win = doc.defaultView;
  let items: PaintItem[] = [];
  let hits = new HitIndex([]);
  let flashing: Range | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let layer: HTMLElement | null = null;
  let frame = 0;

  const boxes = (range: Range, css: string) =>
    Array.from(range.getClientRects(), (rect) => {
      const box = doc.createElement('div');
      box.style.cssText =
        `position:absolute;pointer-events:none;box-sizing:border-box;${css}` +
        `left:${rect.left + win!.scrollX}px;top:${rect.top + win!.scrollY}px;width:${rect.width}px;height:${rect.height}px;`;
      return box;
    });
  const draw = () => {
    if (!win) return;
    if (!layer || !layer.isConnected) {
      layer = doc.createElement('div');
      layer.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;';
      host().append(layer);
    }
    const drawn = items.flatMap((item) => boxes(item.range, paint.overlay(item.color)));
    if (flashing) drawn.push(...boxes(flashing, FLASH.paint.overlay()));
    layer.replaceChildren(...drawn);
  };
  const schedule = () => {
    if (!win || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  win?.addEventListener('scroll', schedule, { passive: true, capture: true });
  win?.addEventListener('resize', schedule, { passive: true });

  const clear = () => {
    items = [];
    hits = new HitIndex([]);
    layer?.replaceChildren();
  };
  return {
    paint(next) {
      items = next;
      hits = new HitIndex(next);
      schedule();
    },
    flash(range) {
      flashing = range;
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashing = null;
        schedule();
      }, FLASH.ms);
      schedule();
    },
    itemsAt: (x, y) => hits.itemsAt(doc, x, y),
    painted: () => items,
    clear,
    dispose() {
      clear();
      flashing = null;
      clearTimeout(flashTimer);
      if (frame) win?.cancelAnimationFrame(frame);
      frame = 0;
      win?.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
      layer?.remove();
    },
  };
}
