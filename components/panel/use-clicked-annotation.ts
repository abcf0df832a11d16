import { useEffect, useState } from 'react';
import { CLICKED_ANNOTATION_KEY, ClickedAnnotation } from '@/lib/schema';

/** A click this recent is what opened the panel: its card is selected when the panel starts. */
const OPENED_BY_CLICK_MS = 10_000;

/**
 * The highlight the reviewer last clicked in this tab (lib/link/annotation-clicked keeps it in session
 * storage): read when the panel starts, so the click that opened the panel selects its card, then
 * followed. Stored by the background from a content script's message, parsed again here all the same.
 */
export function useClickedAnnotation(tabId: number | null): ClickedAnnotation | null {
  const [clicked, setClicked] = useState<ClickedAnnotation | null>(null);

  useEffect(() => {
    setClicked(null);
    if (tabId === null) return;
    let live = true;
    const accept = (value: unknown, fresh: boolean) => {
      const parsed = ClickedAnnotation.safeParse(value);
      if (!live || !parsed.success || parsed.data.tabId !== tabId) return;
      if (fresh || Date.now() - parsed.data.at < OPENED_BY_CLICK_MS) setClicked(parsed.data);
    };
    void browser.storage.session.get(CLICKED_ANNOTATION_KEY).then((items) => accept(items[CLICKED_ANNOTATION_KEY], false), () => {});
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && CLICKED_ANNOTATION_KEY in changes) accept(changes[CLICKED_ANNOTATION_KEY]!.newValue, true);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  return clicked;
}
