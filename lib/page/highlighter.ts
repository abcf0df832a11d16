import { TAG_PAINT, type Paint } from './highlight-styles';
import { highlightPainter } from './render/highlight-painter';
import { overlayPainter } from './render/overlay-painter';
import type { Highlighter } from './render/types';

export type { Highlighter, PaintItem } from './render/types';

/**
 * The painter for one layer of a frame, chosen once here: `CSS.highlights` where the browser has it,
 * an overlay otherwise. `prefix` keeps Pingyue's highlight names apart from the page's own and
 * separates the layers (tags, checker findings); `paint` says how the layer looks in either painter.
 */
export function createHighlighter(doc: Document, prefix: string, overlayHost: () => HTMLElement, paint: Paint = TAG_PAINT): Highlighter {
  const win = doc.defaultView;
  const registry = win && 'Highlight' in win && win.CSS && 'highlights' in win.CSS ? win.CSS.highlights : null;
  return registry ? highlightPainter(doc, registry, prefix, paint) : overlayPainter(doc, overlayHost, paint);
}
