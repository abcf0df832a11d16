import type { Annotator } from './annotator';
import { slotFromKey } from './shortcut-keys';

export type Listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;

/**
 * The reviewer's input in a frame → its Annotator: selections end on mouse up or a shifted key, a click
 * elsewhere closes the toolbar, Alt+Shift+N tags. Shared by the content script and the reader page;
 * `annotator` is asked on every event because the reader replaces it with each file it opens.
 */
export function listenForReviewer(doc: Document, annotator: () => Annotator | null, listen: Listen, report: (error: unknown) => void): void {
  listen(doc, 'mouseup', () => setTimeout(() => annotator()?.onSelectionEnd(), 0));
  listen(doc, 'keyup', (event) => {
    if ((event as KeyboardEvent).shiftKey) annotator()?.onSelectionEnd();
  });
  listen(doc, 'mousedown', (event) => annotator()?.onPointerDown(event.target));
  // Highlight → card: a click selects the note in the panel, hovering or focusing shows it here. Only
  // the reviewer's own clicks and moves: a page's synthetic events must not steer the panel.
  listen(doc, 'click', (event) => event.isTrusted && annotator()?.links.onClick(event as MouseEvent));
  listen(doc, 'mousemove', (event) => event.isTrusted && annotator()?.links.onPointerMove(event as MouseEvent), { passive: true });
  listen(doc, 'focusin', (event) => annotator()?.links.onFocusIn(event.target));
  listen(doc, 'scroll', () => annotator()?.links.hide(), { capture: true, passive: true });
  // The manifest commands cover Alt+Shift+1..3; this covers every slot and pages where the
  // browser hands the keys to the page first.
  listen(doc, 'keydown', (event) => {
    const slot = slotFromKey(event as KeyboardEvent);
    if (slot) annotator()?.tagByShortcut('page-key', slot).catch(report);
  }, { capture: true });
}
