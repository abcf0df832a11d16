/**
 * MinHash sketch of a text, used to recognise an edited report or the same report at another URL.
 *
 * One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
 * each character 4-gram is hashed once (rolling) and lands in one of {@link SKETCH_SLOTS} slots that keep their
 * minimum. That is one hash per shingle instead of one per shingle and slot, so a 1 MB text needs no
 * sampling. The fraction of equal slots estimates the Jaccard
 * similarity of the two 4-gram sets.
 */

export const SKETCH_SLOTS = 64;
const SHINGLE_LENGTH = 4;
const SLOT_BITS = 6; // 2^6 = SKETCH_SLOTS
const VALUE_MASK = (1 << (32 - SLOT_BITS)) - 1;
const EMPTY = -1;
const ROLLING_BASE = 0x01000193;
/** ROLLING_BASE^(SHINGLE_LENGTH-1): the weight of the unit that leaves the window. */
const DROP_FACTOR = Math.imul(Math.imul(ROLLING_BASE, ROLLING_BASE), ROLLING_BASE);

/** murmur3 32-bit finaliser: spreads a polynomial hash's weak low bits over the whole word (unsigned). */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sketch of an already normalised text; slot values are int32 (signed) so they fit the zod schema. */
export function minHashSketch(normalizedText: string): number[] {
  const stream = new SketchStream();
  stream.push(normalizedText);
  return stream.finish();
}

/**
 * The sketch of a normalised text read piece by piece: pushing the pieces gives exactly
 * {@link minHashSketch} of the whole. Polynomial rolling hash of the 4 UTF-16 units ending at each
 * position (mod 2^32), then murmur's finaliser.
 */
export class SketchStream {
  private readonly slots = new Int32Array(SKETCH_SLOTS).fill(EMPTY);
  private readonly units = new Int32Array(SHINGLE_LENGTH);
  private length = 0;
  private rolling = 0;

  push(normalizedText: string): void {
    const { slots, units } = this;
    let { length, rolling } = this;
    for (let i = 0; i < normalizedText.length; i++, length++) {
      const code = normalizedText.charCodeAt(i);
      const ring = length & (SHINGLE_LENGTH - 1);
      if (length >= SHINGLE_LENGTH) rolling = (rolling - Math.imul(units[ring]!, DROP_FACTOR)) | 0;
      units[ring] = code;
      rolling = (Math.imul(rolling, ROLLING_BASE) + code) | 0;
      if (length < SHINGLE_LENGTH - 1) continue;
      const h = mix32(rolling);
      const slot = h >>> (32 - SLOT_BITS);
      const value = h & VALUE_MASK;
      const current = slots[slot]!;
      if (current === EMPTY || value < current) slots[slot] = value;
    }
    this.length = length;
    this.rolling = rolling;
  }

  finish(): number[] {
    return this.length < SHINGLE_LENGTH ? [] : densify(this.slots);
  }
}

/**
 * Fill empty slots (short texts) from the next non-empty slot to the right, salted with the distance,
 * so two texts only agree on a filled slot when they agree on its donor. A text shorter than one
 * shingle has no slots at all and gets an empty sketch.
 */
function densify(slots: Int32Array): number[] {
  const filled = slots.findIndex((v) => v !== EMPTY);
  if (filled === -1) return [];
  const result = Array.from(slots);
  for (let slot = 0; slot < SKETCH_SLOTS; slot++) {
    if (slots[slot] !== EMPTY) continue;
    let distance = 1;
    while (slots[(slot + distance) % SKETCH_SLOTS] === EMPTY) distance++;
    const donor = slots[(slot + distance) % SKETCH_SLOTS]!;
    result[slot] = mix32(donor ^ Math.imul(distance, 0x9e3779b9)) | 0;
  }
  return result;
}

/** Estimated Jaccard similarity (0..1) of the texts behind two sketches; 0 when incomparable. */
export function sketchSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
