import { isInsideUi } from './ui-host';

const DEBOUNCE_MS = 150;
/** A page that never stops changing (a ticker) is still answered this often. */
const MAX_WAIT_MS = 1_000;
const TEXT_NODE = 3;

/** Characters of text added and removed in the frame since the last call, and the records that say where. */
export interface TextChange {
  added: number;
  removed: number;
  records: MutationRecord[];
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
 * own UI wake nothing. `onRecords` gets the records with text as they arrive (a live text map keeps
 * them; a removed text layer still holds its text then), `onChange` the batch, later.
 */
export function watchTextChanges(
  doc: Document,
  onChange: (change: TextChange) => void,
  onRecords: (records: MutationRecord[]) => void = () => {},
): () => void {
  const win = doc.defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let change: TextChange = { added: 0, removed: 0, records: [] };
  let firstAt = 0;
  const observer = new win.MutationObserver((records) => {
    let added = 0;
    let removed = 0;
    const withText: MutationRecord[] = [];
    for (const record of records) {
      if (isInsideUi(record.target)) continue;
      let own = 0;
      if (record.type === 'characterData') {
        own = (record.target as Text).data.length;
        added += own;
      } else {
        for (const node of record.addedNodes) own += textLength(node);
        added += own;
        for (const node of record.removedNodes) {
          const length = textLength(node);
          removed += length;
          own += length;
        }
      }
      if (own > 0 || record.type === 'characterData') withText.push(record);
    }
    if (added === 0 && removed === 0 && withText.length === 0) return;
    onRecords(withText);
    const now = Date.now();
    if (change.added === 0 && change.removed === 0 && change.records.length === 0) firstAt = now;
    change.added += added;
    change.removed += removed;
    change.records.push(...withText);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const done = change;
      change = { added: 0, removed: 0, records: [] };
      onChange(done);
    }, Math.max(0, Math.min(DEBOUNCE_MS, firstAt + MAX_WAIT_MS - now)));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
