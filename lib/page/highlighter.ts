import { adoptStyles, FLASH_PAINT, tagPaint, type PaintStyle } from './highlight-styles';
import { OverlayRenderer } from './overlay-renderer';

export interface PaintItem {
  id: string;
  /** Name of the layer (one per tag): highlights of a layer share a colour. */
  layer: string;
  color: string;
  range: Range;
}

/** Paints layers of ranges; `CSS.highlights` where the browser has it, an overlay otherwise. */
export interface Highlighter {
  paint(items: PaintItem[]): void;
  flash(range: Range): void;
  clear(): void;
}

const FLASH_LAYER = 'pingyue-flash';
const FLASH_MS = 1600;

/**
 * `prefix` keeps Pingyue's highlight names apart from the page's own and separates the layers (tags,
 * checker findings); `paintFor` turns a layer's colour into its `::highlight()` declarations.
 */
export function createHighlighter(
  doc: Document,
  prefix: string,
  overlayHost: () => HTMLElement,
  paintFor: (color: string) => string = tagPaint,
): Highlighter {
  const win = doc.defaultView;
  const registry = win && 'Highlight' in win && win.CSS && 'highlights' in win.CSS ? win.CSS.highlights : null;
  if (!registry || !win) return new OverlayRenderer(doc, overlayHost);
  const HighlightCtor = (win as unknown as { Highlight: typeof Highlight }).Highlight;

  let sheet: CSSStyleSheet | null = null;
  let names: string[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const restyle = (styles: PaintStyle[]) => {
    sheet = adoptStyles(doc, [...styles, { name: FLASH_LAYER, css: FLASH_PAINT }], sheet ?? undefined);
  };

  return {
    paint(items) {
      const byLayer = new Map<string, { color: string; ranges: Range[] }>();
      for (const item of items) {
        const layer = byLayer.get(item.layer) ?? { color: item.color, ranges: [] };
        layer.ranges.push(item.range);
        byLayer.set(item.layer, layer);
      }
      for (const name of names) registry.delete(name);
      names = [];
      const styles: PaintStyle[] = [];
      for (const [layer, { color, ranges }] of byLayer) {
        const name = `${prefix}-${layer}`;
        const highlight = new HighlightCtor(...ranges);
        registry.set(name, highlight);
        names.push(name);
        styles.push({ name, css: paintFor(color) });
      }
      restyle(styles.length ? styles : []);
    },
    flash(range) {
      if (!sheet) restyle([]);
      const highlight = new HighlightCtor(range);
      highlight.priority = 10;
      registry.set(FLASH_LAYER, highlight);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => registry.delete(FLASH_LAYER), FLASH_MS);
    },
    clear() {
      for (const name of names) registry.delete(name);
      names = [];
    },
  };
}
