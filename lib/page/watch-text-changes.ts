import { isInsideUi } from './ui-host';

const DEBOUNCE_MS = 150;

/**
 * Calls `onChange` (debounced) when the frame's text changes: viewers such as pdf.js replace their
 * text layers while scrolling, OA pages load the report after the shell. Pingyue's own UI is ignored.
 */
export function watchTextChanges(doc: Document, onChange: () => void): () => void {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => isInsideUi(r.target))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
