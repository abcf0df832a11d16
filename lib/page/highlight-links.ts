import type { Annotation, Tag } from '@/lib/schema';
import type { Highlighter, PaintItem } from './render/types';
import type { CardNote, HoverCard } from './hover-card';
import type { Rect } from './toolbar-position';
import { isInsideUi } from './ui-host';

export interface HighlightLinkOptions {
  /** The frame's tag painter, once it exists. */
  painter: () => Highlighter | null;
  annotations: () => readonly Annotation[];
  tags: () => readonly Tag[];
  card: HoverCard;
  /** A highlight was clicked: select its card in the panel. Called within the click, so the gesture holds. */
  onOpen: (annotationId: string) => void;
}

/** A tag deleted from the tag set: the card names it as such (HoverCard). */
const DELETED_TAG = { label: '', color: '#6b7280' };

/**
 * Leads from the page back to the notes: a click on a highlight selects its card in the panel, and
 * hovering a highlight (or focusing an element inside one) shows its tag and comment in a hover card.
 * Highlights have no DOM events, so the pointer is hit-tested against the painted ranges, at most once
 * an animation frame.
 */
export class HighlightLinks {
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: HighlightLinkOptions,
  ) {}

  onClick(event: MouseEvent): void {
    if (event.button !== 0 || isInsideUi(event.target as Node | null)) return;
    // A click that ends a drag-selection is the reviewer selecting, not asking for a note.
    if (this.doc.getSelection()?.isCollapsed === false) return;
    const hit = this.hitsAt(event.clientX, event.clientY)[0];
    if (hit) this.options.onOpen(hit.id);
  }

  onPointerMove(event: MouseEvent): void {
    if (event.buttons !== 0 || isInsideUi(event.target as Node | null)) return this.hide();
    // Every pointer move of every frame comes here: a frame with nothing painted does no more.
    if (!this.options.painter()) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    const win = this.doc.defaultView;
    if (!win || this.frame) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const point = this.pointer;
      if (!point) return;
      const hits = this.hitsAt(point.x, point.y);
      const near = hits[0] && lineAt(hits[0].range, point);
      if (near) this.showFor(hits, near);
      else this.options.card.hide();
    });
  }

  /** Keyboard focus moved to an element (a link, a field) inside a highlighted passage. */
  onFocusIn(target: EventTarget | null): void {
    const element = target as Element | null;
    if (!element || element.nodeType !== 1 || isInsideUi(element)) return this.hide();
    const items = this.options.painter()?.painted() ?? [];
    // The element begins inside the passage (a container of the whole passage does not count).
    const hits = items.filter((item) => item.id !== '' && safely(() => item.range.comparePoint(element, 0) === 0));
    if (hits.length === 0) return this.hide();
    const box = element.getBoundingClientRect();
    this.showFor(hits, { left: box.left, top: box.top, right: box.right, bottom: box.bottom });
  }

  hide(): void {
    this.pointer = null;
    this.options.card.hide();
  }

  dispose(): void {
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.options.card.dispose();
  }

  private hitsAt(x: number, y: number): PaintItem[] {
    return (this.options.painter()?.itemsAt(x, y) ?? []).filter((item) => item.id !== '');
  }

  private showFor(hits: readonly PaintItem[], near: Rect): void {
    const notes = hits.flatMap((hit) => {
      const note = this.noteOf(hit.id);
      return note ? [note] : [];
    });
    if (notes.length === 0) return this.options.card.hide();
    this.options.card.show(hits.map((h) => h.id).join(' '), notes, near);
  }

  private noteOf(id: string): CardNote | null {
    const annotation = this.options.annotations().find((a) => a.id === id);
    if (!annotation) return null;
    const tag = this.options.tags().find((t) => t.id === annotation.tagId) ?? DELETED_TAG;
    return { tagLabel: tag.label, color: tag.color, comment: annotation.comment };
  }
}

/** The line box of `range` the point is on (the card sits beside that line, not the whole passage). */
function lineAt(range: Range, point: { x: number; y: number }): Rect | null {
  const rects = Array.from(range.getClientRects());
  return rects.find((r) => point.y >= r.top - 1 && point.y <= r.bottom + 1) ?? rects[0] ?? null;
}

function safely(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return false;
  }
}
