import { isInsideUi } from './ui-host';

const DEBOUNCE_MS = 150;
/** A page that never stops changing (a ticker) is still answered this often. */
const MAX_WAIT_MS = 1_000;
const TEXT_NODE = 3;

/** Characters of text added and removed in the frame since the last call. */
export interface TextChange {
  added: number;
  removed: number;
}

/**
 * Text a node brings or takes. pdf.js closes a finished text layer with an empty `.endOfContent`: that
 * counts too, since a paged source reads a layer only once it is finished.
 */
const textLength = (node: Node) =>
  node.nodeType === TEXT_NODE
    ? (node as Text).data.length
    : (node.textContent?.length ?? 0) || ((node as Element).classList?.contains('endOfContent') ? 1 : 0);

/**
 * Calls `onChange` (debounced) when text in the frame changes: viewers that draw their text seconds
 * after load, pdf.js replacing text layers while scrolling, OA pages loading the report after the
 * shell. Runs on every frame from the start, so it only counts: the lengths of added and removed
 * nodes' text, nothing rebuilt. Changes without text (canvases, styles, empty wrappers) and Pingyue's
 * own UI wake nothing.
 */
export function watchTextChanges(doc: Document, onChange: (change: TextChange) => void): () => void {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let change: TextChange = { added: 0, removed: 0 };
  let firstAt = 0;
  const observer = new win.MutationObserver((records) => {
    let added = 0;
    let removed = 0;
    for (const record of records) {
      if (isInsideUi(record.target)) continue;
      if (record.type === 'characterData') {
        added += (record.target as Text).data.length;
        continue;
      }
      for (const node of record.addedNodes) added += textLength(node);
      for (const node of record.removedNodes) removed += textLength(node);
    }
    if (added === 0 && removed === 0) return;
    const now = Date.now();
    if (change.added === 0 && change.removed === 0) firstAt = now;
    change = { added: change.added + added, removed: change.removed + removed };
    clearTimeout(timer);
    timer = setTimeout(() => {
      const done = change;
      change = { added: 0, removed: 0 };
      onChange(done);
    }, Math.max(0, Math.min(DEBOUNCE_MS, firstAt + MAX_WAIT_MS - now)));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
