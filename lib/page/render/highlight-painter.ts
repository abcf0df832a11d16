import { adoptStyles, FLASH, type Paint, type PaintStyle } from '../highlight-styles';
import { HitIndex } from './hit-test';
import type { Highlighter, PaintItem } from './types';

/** Shared by every layer of a frame: one passage flashes at a time. */
export const FLASH_LAYER = 'pingyue-flash';

/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per layer, named `${prefix}-${layer}`,
 * styled by a constructed stylesheet. Not a node is added to the page.
 */
export function highlightPainter(doc: Document, registry: HighlightRegistry, prefix: string, paint: Paint): Highlighter {
  const HighlightCtor = (doc.defaultView as unknown as { Highlight: typeof Highlight }).Highlight;
  let sheet: CSSStyleSheet | null = null;
  let names: string[] = [];
  let painted: PaintItem[] = [];
  let hits = new HitIndex([]);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const restyle = (styles: PaintStyle[]) => {
    sheet = adoptStyles(doc, [...styles, { name: FLASH_LAYER, css: FLASH.paint.highlight() }], sheet ?? undefined);
  };
  const clear = () => {
    for (const name of names) registry.delete(name);
    names = [];
    painted = [];
    hits = new HitIndex([]);
  };

  return {
    paint(items) {
      const byLayer = new Map<string, { color: string; ranges: Range[] }>();
      for (const item of items) {
        const layer = byLayer.get(item.layer) ?? { color: item.color, ranges: [] };
        layer.ranges.push(item.range);
        byLayer.set(item.layer, layer);
      }
      clear();
      painted = items;
      hits = new HitIndex(items);
      const styles: PaintStyle[] = [];
      for (const [layer, { color, ranges }] of byLayer) {
        const name = `${prefix}-${layer}`;
        registry.set(name, new HighlightCtor(...ranges));
        names.push(name);
        styles.push({ name, css: paint.highlight(color) });
      }
      restyle(styles);
    },
    flash(range) {
      if (!sheet) restyle([]);
      const highlight = new HighlightCtor(range);
      highlight.priority = 10;
      registry.set(FLASH_LAYER, highlight);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => registry.delete(FLASH_LAYER), FLASH.ms);
    },
    itemsAt: (x, y) => hits.itemsAt(doc, x, y),
    painted: () => painted,
    clear,
    dispose() {
      clear();
      clearTimeout(flashTimer);
      registry.delete(FLASH_LAYER);
    },
  };
}
