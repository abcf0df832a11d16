/**
 * Substring index over a normalised text: every position bucketed by a hash of the {@link GRAM}
 * characters starting there (counting-sort layout: one offsets array, one positions array).
 *
 * Resolving anchors on an edited page needs *all* occurrences of each quote (to tell boilerplate
 * copies apart), which is a full scan of a 1 MB text per annotation with `indexOf`. With the index,
 * a lookup only verifies the positions of the quote's rarest gram. Built lazily (see prepareText), so
 * unchanged pages and pages with only a few moved annotations never pay for it.
 */
export const GRAM = 6;
const BASE = 0x01000193;
/** BASE^(GRAM-1) mod 2^32: weight of the character that leaves the rolling window. */
const DROP = (() => {
  let weight = 1;
  for (let i = 1; i < GRAM; i++) weight = Math.imul(weight, BASE);
  return weight;
})();

export interface GramIndex {
  /** Ascending start offsets of `pattern` in the text, at most `limit` of them. */
  findAll(pattern: string, limit: number): number[];
}

/** Spread the rolling hash's bits before taking the top ones as the bucket (murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Bucket of every GRAM-length window of `text` (rolling polynomial hash, top `bits` bits). */
function gramBuckets(text: string, bits: number): Uint32Array {
  const buckets = new Uint32Array(Math.max(0, text.length - GRAM + 1));
  const shift = 32 - bits;
  let rolling = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= GRAM) rolling = (rolling - Math.imul(text.charCodeAt(i - GRAM), DROP)) | 0;
    rolling = (Math.imul(rolling, BASE) + text.charCodeAt(i)) | 0;
    if (i >= GRAM - 1) buckets[i - GRAM + 1] = mix(rolling) >>> shift;
  }
  return buckets;
}

/** Occurrences by plain `indexOf` scanning: cheaper than building an index for a few lookups. */
export function scanAll(text: string, pattern: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1 && found.length < limit; at = text.indexOf(pattern, at + 1)) {
    found.push(at);
  }
  return found;
}

export function buildGramIndex(text: string): GramIndex {
  const gramCount = Math.max(0, text.length - GRAM + 1);
  // About four positions per bucket: a table small enough to stay in cache while it is filled.
  const bits = Math.min(22, Math.max(8, Math.ceil(Math.log2(gramCount + 1)) - 2));
  const buckets = gramBuckets(text, bits);
  const offsets = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < gramCount; i++) offsets[buckets[i]! + 1]!++;
  for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;
  const cursor = offsets.slice(0, -1);
  const positions = new Uint32Array(gramCount);
  for (let i = 0; i < gramCount; i++) positions[cursor[buckets[i]!]!++] = i;

  const findAll = (pattern: string, limit: number): number[] => {
    if (pattern.length < GRAM || gramCount === 0) return scanAll(text, pattern, limit);
    // The pattern's rarest gram has the fewest positions to verify.
    const patternBuckets = gramBuckets(pattern, bits);
    let bestOffset = 0;
    for (let offset = 1; offset < patternBuckets.length; offset++) {
      const size = (b: number) => offsets[b + 1]! - offsets[b]!;
      if (size(patternBuckets[offset]!) < size(patternBuckets[bestOffset]!)) bestOffset = offset;
    }
    const bestBucket = patternBuckets[bestOffset]!;
    const found: number[] = [];
    for (let k = offsets[bestBucket]!; k < offsets[bestBucket + 1]! && found.length < limit; k++) {
      const start = positions[k]! - bestOffset;
      if (start >= 0 && text.startsWith(pattern, start)) found.push(start);
    }
    return found;
  };

  return { findAll };
}
