import { CLICKED_ANNOTATION_KEY, ClickedAnnotation } from '@/lib/schema';

/** The slices of the browser the background needs when a highlight is clicked (a test seam). */
export interface ClickApis {
  /** Chrome's side panel; absent in Firefox, whose `sidebarAction.open()` is refused outside a user-input handler of the extension itself. */
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  session: { set(items: Record<string, unknown>): Promise<void> };
}

/**
 * A highlight was clicked in a frame: open the panel, then tell it which card to select. `open` must be
 * called before anything is awaited: Chrome lets `sidePanel.open()` run only within the user's gesture,
 * which reaches the background with the content script's message and ends at the first await.
 */
export function onAnnotationClicked(apis: ClickApis, click: Omit<ClickedAnnotation, 'at'>, now: number): Promise<void> {
  // The global panel, opened in the clicked tab's window (Chrome 116+).
  apis.sidePanel?.open({ tabId: click.tabId }).catch(() => {
    // Outside a gesture: the panel, if open, still selects the card.
  });
  return apis.session.set({ [CLICKED_ANNOTATION_KEY]: { ...click, at: now } satisfies ClickedAnnotation });
}
