/**
 * How a layer looks, for both painters: `::highlight()` declarations for the CSS Custom Highlight API
 * and a box style for the overlay drawn where the browser lacks it. One definition, so checker findings
 * never look like a reviewer's tag in either.
 */
export interface Paint {
  highlight(color: string): string;
  overlay(color: string): string;
}

/** Tag colour as a translucent background that keeps dark text readable. */
export const TAG_PAINT: Paint = {
  highlight: (color) => `background-color: ${color}40; text-decoration: underline 2px ${color}; text-underline-offset: 3px;`,
  overlay: (color) => `background:${color}40;border-bottom:2px solid ${color};`,
};

/** Checker findings: a wavy (or, drawn over the text, dotted) underline and no fill. */
export const FINDING_PAINT: Paint = {
  highlight: (color) => `text-decoration: underline wavy ${color} 1.5px; text-underline-offset: 4px;`,
  overlay: (color) => `border-bottom:2px dotted ${color};`,
};

/** The passage click-to-scroll and 上一条 / 下一条 land on, for a moment. */
export const FLASH = {
  color: '#facc15',
  ms: 1600,
  paint: {
    highlight: () => 'background-color: #facc15cc; color: inherit;',
    overlay: () => 'background:#facc15cc;',
  } satisfies Paint,
} as const;

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
