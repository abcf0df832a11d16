/**
 * Levenshtein distance for short strings (contexts of ≤ a few hundred characters), two rows reused
 * across calls because resolution scores many candidates per annotation.
 */
let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  if (previousRow.length <= b.length) {
    previousRow = new Uint32Array(b.length + 1);
    currentRow = new Uint32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (charA === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Character counts folded into 256 buckets; reused, and left zeroed after every call. */
const bucketCounts = new Int32Array(256);

/**
 * A cheap lower bound of {@link editDistance} (bag distance over hashed characters): each edit changes
 * the multiset of characters by at most one on each side, and merging characters into buckets only
 * makes the multisets look more alike. Lets callers skip the full distance for clearly worse strings.
 */
export function editDistanceLowerBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bucketCounts[a.charCodeAt(i) & 255]!++;
  for (let i = 0; i < b.length; i++) bucketCounts[b.charCodeAt(i) & 255]!--;
  let surplus = 0;
  let deficit = 0;
  const clear = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const bucket = s.charCodeAt(i) & 255;
      const count = bucketCounts[bucket]!;
      if (count > 0) surplus += count;
      else if (count < 0) deficit -= count;
      bucketCounts[bucket] = 0;
    }
  };
  clear(a);
  clear(b);
  return Math.max(surplus, deficit);
}
