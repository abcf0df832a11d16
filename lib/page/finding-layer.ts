import type { Anchor } from '@/lib/schema';
import type { Severity } from '@/lib/schema/report-parts';
import { anchorKey, type AnchorMemo } from './anchor-memo';
import { FINDING_PAINT } from './highlight-styles';
import { createHighlighter, type Highlighter, type PaintItem } from './highlighter';
import { placeAnchor, type DocumentView } from './place-anchors';
import type { RenderedText } from './sources/types';
import { touchedRanges } from './touched-ranges';

export interface FindingMark {
  anchor: Anchor;
  severity: Severity;
}

const SEVERITY_COLOR = { error: '#e11d48', warning: '#d97706' } as const;

/**
 * The report checker's findings, underlined on the page in their own highlight layer. The panel ran
 * the checker on the text it got from this frame; the findings come back as anchors, so they land
 * right even if the viewer re-rendered its text in between, and those on pages not rendered now are
 * painted when their page is.
 */
export class FindingLayer {
  private highlighter: Highlighter | null = null;
  private marks: FindingMark[] = [];
  /** Where marks are painted now (live ranges), to tell which a change touched. */
  private painted: [string, Range][] = [];

  constructor(
    private readonly doc: Document,
    private readonly documentView: () => { view: DocumentView; rendered: RenderedText },
    private readonly memo: AnchorMemo,
    private readonly overlayHost: () => HTMLElement,
  ) {}

  show(marks: FindingMark[]): number {
    this.marks = marks;
    return this.repaint();
  }

  /** Paint again on the current text (after the page re-rendered); returns how many were placed. */
  repaint(): number {
    if (this.marks.length === 0 && !this.highlighter) return 0;
    const { view, rendered } = this.documentView();
    const items: PaintItem[] = [];
    this.painted = [];
    for (const mark of this.marks) {
      const placement = placeAnchor(view, anchorKey(mark.anchor), mark.anchor, (text, key, anchor) => this.memo.resolve(text, key, anchor));
      if (placement.kind !== 'painted') continue;
      const range = rendered.map.rangeFor(placement.start, placement.end);
      items.push({ id: '', layer: mark.severity, color: SEVERITY_COLOR[mark.severity], range });
      this.painted.push([String(this.painted.length), range]);
    }
    this.highlighter ??= createHighlighter(this.doc, 'pingyue-check', this.overlayHost, FINDING_PAINT);
    this.highlighter.paint(items);
    return items.length;
  }

  /**
   * An ordinary page changed (its painted marks follow the DOM as live ranges): painted again only when
   * the change touched a mark, or brought text (`added`) while some mark is not painted.
   */
  repaintIfChanged(records: readonly MutationRecord[], added: boolean): void {
    if (this.marks.length === 0) return;
    const unpainted = this.painted.length < this.marks.length;
    if ((added && unpainted) || touchedRanges(records, this.painted).size > 0) this.repaint();
  }

  clear(): void {
    this.marks = [];
    this.painted = [];
    this.highlighter?.clear();
  }

  dispose(): void {
    this.marks = [];
    this.painted = [];
    this.highlighter?.dispose();
    this.highlighter = null;
  }
}
