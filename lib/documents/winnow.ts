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
  const stream = new WinnowStream();
  stream.push(normalizedText);
  return stream.finish();
}

/** Ring buffers below hold the last SHINGLE_LENGTH units / WINNOW_WINDOW positions; both are 8. */
const RING = 8;
const RING_MASK = RING - 1;

/**
 * The winnow of a normalised text read piece by piece (a page's text identified in idle-time slices):
 * pushing the pieces of a text gives exactly {@link winnowFingerprints} of the whole. Rolling hash of
 * the last k units, then robust winnowing: the minimum of every window of w hashes (the rightmost on
 * ties, so a run of equal hashes does not select each of them), kept in a monotonic deque. A text with
 * fewer than w shingles selects its overall minimum.
 */
export class WinnowStream {
  private units = new Int32Array(RING);
  private length = 0;
  private rolling = 0;
  /** Positions and hashes of the window, hashes increasing from head to tail (ring of w + 1 slots). */
  private dequePosition = new Int32Array(RING * 2);
  private dequeHash = new Int32Array(RING * 2);
  private head = 0;
  private tail = 0;
  private lastSelected = -1;
  private selected = new Int32Array(1024);
  private count = 0;

  /**
   * `compactAt`: selections kept before they are cut down to the {@link WINNOW_CAP} smallest. The cap of
   * a union is the cap of the caps, so cutting as the text is read gives the same result, and a large
   * page's `finish` has a few thousand values to sort, not hundreds of thousands.
   */
  constructor(private readonly compactAt = 32_768) {}

  push(normalizedText: string): void {
    // Locals in the loop: field access on every unit would slow the hot path.
    const units = this.units;
    const positions = this.dequePosition;
    const hashes = this.dequeHash;
    const mask = positions.length - 1;
    let { length, rolling, head, tail, lastSelected } = this;
    for (let i = 0; i < normalizedText.length; i++, length++) {
      const code = normalizedText.charCodeAt(i);
      if (length >= SHINGLE_LENGTH) rolling = (rolling - Math.imul(units[length & RING_MASK]!, DROP_FACTOR)) | 0;
      units[length & RING_MASK] = code;
      rolling = (Math.imul(rolling, ROLLING_BASE) + code) | 0;
      if (length < SHINGLE_LENGTH - 1) continue;
      const position = length - SHINGLE_LENGTH + 1;
      const h = mix32(rolling) | 0;
      while (tail > head && hashes[(tail - 1) & mask]! >= h) tail--;
      positions[tail & mask] = position;
      hashes[tail & mask] = h;
      tail++;
      if (positions[head & mask]! <= position - WINNOW_WINDOW) head++;
      if (position >= WINNOW_WINDOW - 1 && positions[head & mask] !== lastSelected) {
        lastSelected = positions[head & mask]!;
        this.select(hashes[head & mask]!);
      }
    }
    Object.assign(this, { length, rolling, head, tail, lastSelected });
  }

  /** The winnow of everything pushed (see {@link winnowFingerprints}). */
  finish(): number[] {
    const shingles = this.length - SHINGLE_LENGTH + 1;
    if (shingles <= 0) return [];
    // Fewer shingles than one window: the window is the whole text, whose minimum heads the deque.
    if (shingles < WINNOW_WINDOW) this.select(this.dequeHash[this.head & (this.dequeHash.length - 1)]!);
    return smallestDistinct(this.selected.subarray(0, this.count));
  }

  private select(hash: number): void {
    if (this.count >= this.compactAt) {
      const kept = smallestDistinct(this.selected.subarray(0, this.count));
      this.selected.set(kept);
      this.count = kept.length;
    }
    if (this.count === this.selected.length) {
      const bigger = new Int32Array(this.selected.length * 2);
      bigger.set(this.selected);
      this.selected = bigger;
    }
    this.selected[this.count++] = hash;
  }
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
