/**
 * Winnowed shingle fingerprints (Schleimer, Wilkerson & Aiken 2003, "Winnowing: local algorithms for
 * document fingerprinting") of a normalised text, and the containment of one text in another.
 *
 * Why winnowing: a paged viewer shows only some pages, so a view must be recognised as *part of* a stored
 * report. Winnowing selects fingerprints by a local rule (the minimum hash of every window of
 * {@link WINNOW_WINDOW} consecutive shingle hashes), so a page selects the same fingerprints whether it is
 * read alone or inside the whole report, except within one window of its edges. Any passage shared by the
 * two texts of at least k+w-1 characters is guaranteed to contribute a common fingerprint; passages
 * shorter than k never do (the noise threshold).
 *
 * The parameters (measured on report-like texts; the numbers are in docs/architecture.md and in
 * tests/unit/documents/containment.test.ts):
 * - k = {@link SHINGLE_LENGTH} normalised units (Han characters, mostly). Stock phrases of 述职报告
 *   (认真贯彻落实, 进一步加强, 取得了明显成效) are 4–7 characters, so shorter shingles make two reports of the
 *   same genre share many fingerprints; at 8 a shared fingerprint needs a shared 8-character run, which
 *   outside headings and template sentences is rare, while one edited character still spoils only 8.
 * - w = {@link WINNOW_WINDOW}: density 2/(w+1) ≈ 22% of shingles, ~110 fingerprints for a 500-character
 *   page (enough for a containment estimate with a standard error of a few percent), ~3300 for a
 *   15,000-character report, which fits the stored cap uncapped; any shared run of k+w-1 = 15 characters
 *   is guaranteed a common fingerprint.
 */

import { mix32 } from './sketch';

export const SHINGLE_LENGTH = 8;
export const WINNOW_WINDOW = 8;
/** Stored and sent winnows hold at most this many fingerprints (the schema's cap). */
export const WINNOW_CAP = 4096;

const ROLLING_BASE = 0x01000193;
/** ROLLING_BASE^(SHINGLE_LENGTH-1): the weight of the unit that leaves the shingle. */
const DROP_FACTOR = power(ROLLING_BASE, SHINGLE_LENGTH - 1);

function power(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base);
  return result;
}

/**
 * The winnow of an already normalised text: the distinct selected shingle hashes (int32), sorted
 * ascending, capped to the {@link WINNOW_CAP} smallest (see {@link capWinnow}). Empty for a text shorter
 * than one shingle.
 */
export function winnowFingerprints(normalizedText: string): number[] {
  const shingles = normalizedText.length - SHINGLE_LENGTH + 1;
  if (shingles <= 0) return [];
  const hashes = new Int32Array(shingles);
  let rolling = 0;
  for (let i = 0; i < normalizedText.length; i++) {
    if (i >= SHINGLE_LENGTH) {
      rolling = (rolling - Math.imul(normalizedText.charCodeAt(i - SHINGLE_LENGTH), DROP_FACTOR)) | 0;
    }
    rolling = (Math.imul(rolling, ROLLING_BASE) + normalizedText.charCodeAt(i)) | 0;
    if (i >= SHINGLE_LENGTH - 1) hashes[i - SHINGLE_LENGTH + 1] = mix32(rolling) | 0;
  }
  return smallestDistinct(selectWindowMinima(hashes));
}

/**
 * Robust winnowing: the minimum of every window of w hashes (the rightmost on ties, so a run of equal
 * hashes does not select each of them), found with a monotonic deque in O(n). A text with fewer than w
 * shingles selects its overall minimum. Returns the selected hashes, once per selected position.
 */
function selectWindowMinima(hashes: Int32Array): Int32Array {
  const selected = new Int32Array(hashes.length);
  let count = 0;
  let lastPosition = -1;
  const window = Math.min(WINNOW_WINDOW, hashes.length);
  const deque = new Int32Array(hashes.length); // positions whose hashes increase from head to tail
  let head = 0;
  let tail = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    while (tail > head && hashes[deque[tail - 1]!]! >= h) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - window) head++;
    if (i >= window - 1 && deque[head] !== lastPosition) {
      lastPosition = deque[head]!;
      selected[count++] = hashes[lastPosition]!;
    }
  }
  return selected.subarray(0, count);
}

/**
 * Sorted ascending, distinct, the {@link WINNOW_CAP} smallest. Hashes are uniform over int32, so for a
 * long text only the values under a cut-off expected to hold about twice the cap are sorted (widened
 * until it holds enough): sorting all 200,000 selections of a 1 MB text would cost ten times more.
 */
function smallestDistinct(values: Int32Array): number[] {
  let share = (2 * WINNOW_CAP) / values.length;
  for (;;) {
    const candidates = share >= 1 ? values.slice() : below(values, -(2 ** 31) + share * 2 ** 32);
    const result = distinctSorted(candidates.sort());
    if (share >= 1 || result.length >= WINNOW_CAP) return result.slice(0, WINNOW_CAP);
    share *= 2;
  }
}

function below(values: Int32Array, cutoff: number): Int32Array {
  const kept = new Int32Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < cutoff) kept[count++] = values[i]!;
  return kept.subarray(0, count);
}

function distinctSorted(sorted: Int32Array): number[] {
  const result: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) result.push(sorted[i]!);
  return result;
}

/**
 * Sorted, distinct and at most {@link WINNOW_CAP} long: the smallest hash values are kept (a bottom-k
 * sample, as in MinHash's KMV estimators), not the first ones read. A capped set therefore holds *every*
 * fingerprint of its text below its largest value, so containment can be estimated on the hashes under
 * that threshold for any length of report, and the cap of a union is the union of the caps.
 */
export function capWinnow(hashes: Iterable<number>): number[] {
  return smallestDistinct(Int32Array.from(hashes));
}

/** The winnow of two views of one report (e.g. pages read on different visits), capped. */
export function unionWinnows(a: readonly number[], b: readonly number[]): number[] {
  return capWinnow([...a, ...b]);
}

/** Hashes above this are not known for a capped winnow (`Infinity` when the winnow is complete). */
function sampleThreshold(winnow: readonly number[]): number {
  return winnow.length >= WINNOW_CAP ? winnow[winnow.length - 1]! : Infinity;
}

export interface Containment {
  /** Estimated share (0..1) of `partial`'s fingerprints that occur in `whole`. */
  value: number;
  /** How many of `partial`'s fingerprints the estimate rests on (those below both samples' thresholds). */
  evidence: number;
}

/**
 * How much of the text behind `partial` occurs in the text behind `whole`: |P ∩ W| / |P|, estimated on
 * the fingerprints below both winnows' sample thresholds (see {@link capWinnow}). Both arrays must be
 * winnows (sorted, distinct). Pure; O(|P| + |W|), or O(|P| log |W|) for a page against a long report.
 */
export function containment(partial: readonly number[], whole: readonly number[]): Containment {
  const threshold = Math.min(sampleThreshold(partial), sampleThreshold(whole));
  // A page against a long report: binary search instead of walking the report's list.
  const seek = partial.length * 8 < whole.length ? lowerBound : walk;
  let evidence = 0;
  let shared = 0;
  let j = 0;
  for (const h of partial) {
    if (h > threshold) break;
    evidence++;
    j = seek(whole, h, j);
    if (j < whole.length && whole[j] === h) shared++;
  }
  return { value: evidence === 0 ? 0 : shared / evidence, evidence };
}

/** The first index ≥ `from` whose value is ≥ `h`, in a sorted list. */
function walk(sorted: readonly number[], h: number, from: number): number {
  let i = from;
  while (i < sorted.length && sorted[i]! < h) i++;
  return i;
}

function lowerBound(sorted: readonly number[], h: number, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < h) low = mid + 1;
    else high = mid;
  }
  return low;
}
