import type { TextMap } from '@/lib/anchoring/text-map';
import type { NextSlice } from '../idle-slices';

/** Where a rendered page's text lies in the rendered text map. */
export interface RenderedPage {
  number: number;
  start: number;
  end: number;
}

/** The text on screen now and its DOM mapping. */
export interface RenderedText {
  map: TextMap;
  /** Pages of a paged viewer that have text now, in order; empty for an unpaged source. */
  pages: readonly RenderedPage[];
}

export interface PagesRead {
  read: number;
  total: number;
}

/**
 * How a frame's document is read: the one seam between a viewer and the annotator. A source says what
 * the report's text is (as far as it can be known), which part of it is rendered now and where in the
 * DOM, what identifies it, what it is called, and how to bring a page into view. The annotator watches
 * the frame's whole document for changes and calls `invalidate`; sources cache until then.
 */
export interface ViewerSource {
  readonly kind: 'page' | 'paged';
  /**
   * Read the document in slices (`more`: time left in this slice; `next`: wait for another), so that
   * `rendered()` and `identityText()` are cheap afterwards; on a large page this is most of the work.
   */
  prepare(more: () => boolean, next: NextSlice): Promise<void>;
  /** The frame's DOM changed (records as the MutationObserver delivers them, before `invalidate`). */
  noteMutations(records: readonly MutationRecord[]): void;
  rendered(): RenderedText;
  /** Number of pages of a paged document; null when the source has no pages. */
  pageCount(): number | null;
  /** Text of page `n` (1-based; lines separated by `\n`) where known this visit; null when not. */
  pageText(n: number): string | null;
  /** The report as far as it can be read, in reading order, for the checker (paragraphs by `\n`). */
  readingText(): string;
  /** The text the report's identity is computed from. */
  identityText(): string;
  /** How many pages have been read, for a paged source. */
  pagesRead(): PagesRead | null;
  /** Whether the text read is the whole report. */
  complete(): boolean;
  /** Fingerprints the viewer gives for the file (pdf.js), or none. */
  pdfFingerprints(): string[];
  title(): string;
  /** Scroll page `n` into view so the viewer renders it; false when there is no such page. */
  showPage(n: number): boolean;
  /** Forget cached text: the next reader reads the document afresh. */
  invalidate(): void;
}
