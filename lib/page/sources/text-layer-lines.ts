const SHOW_ELEMENT_AND_TEXT = 1 | 4; // NodeFilter.SHOW_ELEMENT | SHOW_TEXT
const TEXT_NODE = 3;

/**
 * A pdf.js-style text layer as lines (`\n` between visual lines), the form `readingTextOfPages` takes.
 * pdf.js ends each visual line with a `<br>`; layers without any `<br>` (older or other viewers) start
 * a line where a span's inline `top` changes. Reads inline styles only, never layout.
 */
export function textLayerLines(layer: Element): string {
  const doc = layer.ownerDocument;
  const hasBreaks = layer.querySelector('br') !== null;
  const walker = doc.createTreeWalker(layer, SHOW_ELEMENT_AND_TEXT);
  let out = '';
  let lastTop: string | null = null;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === TEXT_NODE) {
      if (!hasBreaks) {
        const top = (node.parentElement as HTMLElement | null)?.style?.top ?? '';
        if (lastTop !== null && top !== lastTop && out && !out.endsWith('\n')) out += '\n';
        lastTop = top;
      }
      out += (node as Text).data;
    } else if ((node as Element).localName === 'br') {
      out += '\n';
    }
  }
  return out;
}
