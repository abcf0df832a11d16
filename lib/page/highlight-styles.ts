/**
 * `::highlight()` rules go into a constructed stylesheet adopted by the document: this paints without
 * adding a single node to the page's DOM (viewers such as pdf.js and React apps keep working).
 */
export interface PaintStyle {
  name: string;
  css: string;
}

export function highlightRule({ name, css }: PaintStyle): string {
  return `::highlight(${name}) { ${css} }`;
}

export function adoptStyles(doc: Document, styles: PaintStyle[], previous?: CSSStyleSheet): CSSStyleSheet | null {
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc)) return null;
  const sheet = previous ?? new win.CSSStyleSheet();
  sheet.replaceSync(styles.map(highlightRule).join('\n'));
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return sheet;
}

/** Tag colour as a translucent background that keeps dark text readable. */
export function tagPaint(color: string): string {
  return `background-color: ${color}40; text-decoration: underline 2px ${color}; text-underline-offset: 3px;`;
}

/** Checker findings: a wavy underline and no fill, so they never look like a reviewer's tag. */
export function findingPaint(color: string): string {
  return `text-decoration: underline wavy ${color} 1.5px; text-underline-offset: 4px;`;
}

export const FLASH_PAINT = 'background-color: #facc15cc; color: inherit;';
