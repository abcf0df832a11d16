const CHARACTER_DATA = 'characterData';

/**
 * Which of the painted passages a batch of DOM changes touched: text edited, added or removed inside
 * one. The ranges are live (they follow the DOM), so a passage whose text was left alone stays where it
 * is painted, whatever changed elsewhere on the page; only touched ones need placing again. Errs towards
 * "touched" (a removal anywhere under an element that holds a passage counts).
 */
export function touchedRanges(records: readonly MutationRecord[], ranges: Iterable<readonly [string, Range | null]>): Set<string> {
  const touched = new Set<string>();
  const painted = [...ranges].filter((entry): entry is readonly [string, Range] => entry[1] !== null);
  if (painted.length === 0) return touched;
  for (const record of records) {
    const nodes: Node[] = record.type === CHARACTER_DATA ? [record.target] : [...record.addedNodes];
    if (record.type !== CHARACTER_DATA && record.removedNodes.length > 0) nodes.push(record.target);
    for (const [id, range] of painted) {
      if (touched.has(id)) continue;
      if (nodes.some((node) => node.isConnected && range.intersectsNode(node))) touched.add(id);
    }
  }
  return touched;
}
