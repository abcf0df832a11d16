import { readingTextOfPages } from './page-text';

/**
 * HTML converted from a PDF or Word file (pdf2htmlEX, WPS and OA converters) places every visual line,
 * or every character, in its own absolutely positioned box. `innerText` then breaks the text at every
 * box: sentences become line fragments and a page of one-span-per-character text one character per
 * line, so the checker would read nothing whole. Such a page is read by where its text is drawn:
 * runs on one baseline are one visual line, and visual lines are joined into paragraphs as a paged
 * viewer's are (`readingTextOfPages`).
 */

const TEXT_NODE = 3;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** Text nodes looked at to tell a converter's layout from an ordinary page, and the share that decides. */
const SAMPLE = 60;
const POSITIONED_SHARE = 0.6;

/** A run of text and the box the layout drew it in (viewport coordinates). */
export interface PlacedRun {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Visual lines from runs in document order: a run starts a new line when its middle lies outside the
 * current line's vertical extent, or when it begins left of where the line's last run ended (a wrap).
 */
export function linesOfRuns(runs: readonly PlacedRun[]): string[] {
  const lines: string[] = [];
  let line: { text: string; top: number; bottom: number; right: number } | null = null;
  for (const run of runs) {
    const middle = (run.top + run.bottom) / 2;
    const sameLine = line !== null && middle >= line.top && middle <= line.bottom && run.left >= line.right - (run.bottom - run.top);
    if (line && sameLine) {
      line.text += run.text;
      line.top = Math.min(line.top, run.top);
      line.bottom = Math.max(line.bottom, run.bottom);
      line.right = run.right;
    } else {
      if (line) lines.push(line.text);
      line = { text: run.text, top: run.top, bottom: run.bottom, right: run.right };
    }
  }
  if (line) lines.push(line.text);
  return lines;
}

function textNodes(root: Element, limit = Infinity): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT, {
    acceptNode: (node) => (NOT_TEXT.has(node.parentElement?.localName ?? '') || !(node as Text).data.trim() ? 3 /* skip */ : 1),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node && nodes.length < limit; node = walker.nextNode()) if (node.nodeType === TEXT_NODE) nodes.push(node as Text);
  return nodes;
}

const isPositioned = (el: Element | null) => {
  const position = el ? el.ownerDocument.defaultView?.getComputedStyle(el).position : undefined;
  return position === 'absolute' || position === 'fixed';
};

/**
 * Whether the page's text is laid out in positioned boxes (a converter's output): most of a sample of
 * its first text runs sit in an absolutely positioned element or one just inside such an element.
 */
export function isPositionedLayout(root: Element): boolean {
  const sample = textNodes(root, SAMPLE);
  if (sample.length < 3) return false;
  const positioned = sample.filter(({ parentElement: parent }) => isPositioned(parent) || isPositioned(parent?.parentElement ?? null)).length;
  return positioned >= sample.length * POSITIONED_SHARE;
}

/** The reading text of a page laid out in positioned boxes: visual lines joined into paragraphs. */
export function positionedReadingText(root: Element): string {
  const range = root.ownerDocument.createRange();
  const runs: PlacedRun[] = [];
  for (const node of textNodes(root)) {
    range.selectNodeContents(node);
    const { top, bottom, left, right, width, height } = range.getBoundingClientRect();
    if (width === 0 && height === 0) continue; // not drawn (display: none)
    runs.push({ text: node.data, top, bottom, left, right });
  }
  return readingTextOfPages([linesOfRuns(runs).join('\n')]);
}
