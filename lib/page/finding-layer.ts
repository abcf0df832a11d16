import type { Anchor } from '@/lib/schema';
import type { TextMap } from '@/lib/anchoring/text-map';
import { anchorKey, type AnchorMemo } from './anchor-memo';
import { findingPaint } from './highlight-styles';
import { createHighlighter, type Highlighter } from './highlighter';

export interface FindingMark {
  anchor: Anchor;
  severity: 'error' | 'warning';
}

const SEVERITY_COLOR = { error: '#e11d48', warning: '#d97706' } as const;

/**
 * The report checker's findings, underlined on the page in their own highlight layer. The panel ran
 * the checker on the text it got from this frame; the findings come back as anchors, so they land
 * right even if the viewer re-rendered its text in between.
 */
export class FindingLayer {
  private highlighter: Highlighter | null = null;
  private marks: FindingMark[] = [];

  constructor(
    private readonly doc: Document,
    private readonly textMap: () => TextMap,
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
    const map = this.textMap();
    const items = [];
    for (const mark of this.marks) {
      const range = locate(this.memo, map, mark.anchor);
      if (range) items.push({ id: '', layer: mark.severity, color: SEVERITY_COLOR[mark.severity], range });
    }
    this.highlighter ??= createHighlighter(this.doc, 'pingyue-check', this.overlayHost, findingPaint);
    this.highlighter.paint(items);
    return items.length;
  }

  clear(): void {
    this.marks = [];
    this.highlighter?.clear();
  }
}

/** The DOM range an id-less anchor resolves to on `map`, or null when it cannot be placed. */
export function locate(memo: AnchorMemo, map: TextMap, anchor: Anchor): Range | null {
  const result = memo.resolve(map.text, anchorKey(anchor), anchor);
  return result.status === 'orphan' ? null : map.rangeFor(result.start, result.end);
}
