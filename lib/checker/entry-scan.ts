import { firstChars, leadingPairs, secondPairs, type CodeRanges, type Pair } from '@/lib/checker/first-chars';
import { captureGroupCount } from '@/lib/checker/regex';

/** Entries past this many share no bit mask; the scan then runs as one RegExp. */
const MAX_MASKED = 32;
/**
 * An entry that may start with more characters than this (any Han character, say) would be tested at
 * nearly every position, where V8's own scan is faster: the scan then runs as one RegExp.
 */
const MAX_FIRST_CHARS = 2048;

/**
 * Finds, left to right, where one of several patterns (entries) matches and which, exactly as one
 * global RegExp of their alternation `(a)|(b)|…` would: at the leftmost position where any matches, the
 * first entry that matches there. Hot scans (section cues, rule triggers) hit hundreds of thousands of
 * times on a large report, and each `exec` allocates a match array and a string per group: most of the
 * checker's garbage. This scan allocates nothing per hit. It walks the text's char codes, skips every
 * position where no entry can start (a bit mask per code unit, from `first-chars.ts`) and tests only
 * the entries that can start there, each a sticky RegExp `test`. Where an entry's first characters
 * cannot be read (`.`, a match that can be empty) or are too many, it runs the alternation as one
 * global RegExp instead, with the same results. Most places a first character admits are no match (主 of
 * 主要 is not 主观上), so the first two characters are checked too, against a hashed table of the pairs
 * the entries can start with: a test is made only where both fit. The same is done for the second and
 * third characters (主要是 is not 主要原因), unless the entry's match can be shorter.
 */
export class EntryScan {
  /** The last match found by `next`: its start, its end (exclusive) and its entry's index. */
  start = 0;
  end = 0;
  entry = -1;
  private readonly sticky: RegExp[];
  /** `masks[code]`: bit i set when entry i can start with that code unit; null: use `whole`. */
  private readonly masks: Uint32Array | null;
  /** Where `masks` admits a position, the entries its next code unit leaves possible (`pairIndex`). */
  private readonly pairMasks: Uint32Array;
  /** `lone[code]`: entries that can start with that code unit whatever follows (one-unit matches, wide pairs). */
  private readonly lone: Uint32Array;
  /** Where the first two admit a position, the entries the second and third code units leave possible (`pairIndex`). */
  private readonly midMasks: Uint32Array;
  /** `midLone[second]`: entries whose matches with that second unit can end there or go on with anything. */
  private readonly midLone: Uint32Array;
  /** `short[code]`: entries with a one-unit match that starts with that code unit. */
  private readonly short: Uint32Array;
  private readonly whole: RegExp;
  /** The group number of each entry in `whole`. */
  private readonly groups: number[];

  constructor(readonly sources: readonly string[]) {
    this.sticky = sources.map((s) => new RegExp(s, 'y'));
    const wrapped = sources.map((s) => `(${s})`);
    this.whole = new RegExp(wrapped.join('|') || '(?!)', 'g');
    this.groups = [];
    let next = 1;
    for (const source of wrapped) {
      this.groups.push(next);
      next += captureGroupCount(source);
    }
    this.masks = sources.length <= MAX_MASKED ? entryMasks(sources) : null;
    const pairs = this.masks ? pairMasks(sources) : null;
    this.pairMasks = pairs?.pairMasks ?? new Uint32Array(0);
    this.lone = pairs?.lone ?? new Uint32Array(0);
    this.midMasks = pairs?.midMasks ?? new Uint32Array(0);
    this.midLone = pairs?.midLone ?? new Uint32Array(0);
    this.short = pairs?.short ?? new Uint32Array(0);
  }

  /**
   * Finds the first match starting in [from, to) of `text`; false when there is none. By default
   * anywhere, the text's end included (as a RegExp would find an empty match there).
   */
  next(text: string, from: number, to = text.length + 1): boolean {
    return this.masks ? this.nextMasked(text, text, 0, from, to, this.masks) : this.nextWhole(text, from, to);
  }

  /**
   * `next(slice, from)` for a `slice` of `full` that starts at `base`, with the same results (the
   * patterns see only the slice). The characters are read from `full`: a slice is a view whose
   * characters cost V8 more to read than a flat string's.
   */
  nextInSlice(full: string, base: number, slice: string, from: number): boolean {
    return this.masks ? this.nextMasked(slice, full, base, from, slice.length + 1, this.masks) : this.nextWhole(slice, from, slice.length + 1);
  }

  /** Where to look for the match after the last one: its end, one further after an empty match. */
  after(): number {
    return this.end > this.start ? this.end : this.end + 1;
  }

  /** Tests the patterns on `text`, whose character at p is `chars`' at `base + p`. */
  private nextMasked(text: string, chars: string, base: number, from: number, to: number, masks: Uint32Array): boolean {
    const { sticky, pairMasks, lone, midMasks, midLone, short } = this;
    const n = text.length;
    const last = Math.min(to, n);
    for (let p = from; p < last; p++) {
      const c = chars.charCodeAt(base + p);
      let mask = masks[c]!;
      if (mask === 0) continue;
      if (p + 1 < n) {
        const c1 = chars.charCodeAt(base + p + 1);
        mask &= lone[c]! | pairMasks[pairIndex(c, c1)]!;
        if (mask === 0) continue;
        if (p + 2 < n) {
          mask &= short[c]! | midLone[c1]! | midMasks[pairIndex(c1, chars.charCodeAt(base + p + 2))]!;
          if (mask === 0) continue;
        }
      }
      for (let i = 0; mask !== 0; i++, mask >>>= 1) {
        if ((mask & 1) === 0) continue;
        const re = sticky[i]!;
        re.lastIndex = p;
        if (!re.test(text)) continue;
        this.start = p;
        this.end = re.lastIndex;
        this.entry = i;
        return true;
      }
    }
    return false;
  }

  private nextWhole(text: string, from: number, to: number): boolean {
    const { whole, groups } = this;
    whole.lastIndex = from;
    const m = whole.exec(text);
    if (!m || m.index >= to) return false;
    let i = 0;
    while (i < groups.length && m[groups[i]!] === undefined) i++;
    this.start = m.index;
    this.end = m.index + m[0].length;
    this.entry = i;
    return true;
  }
}

/** A pair product larger than this is not listed: its first characters go to `lone` instead. */
const MAX_PAIRS = 4096;
const PAIR_BITS = 16;

/** A hash of two code units into the pair table; pairs that collide only share bits (a test more). */
const pairIndex = (first: number, second: number): number => (first * 31 + second) & ((1 << PAIR_BITS) - 1);

const size = (ranges: CodeRanges): number => ranges.reduce((n, [from, to]) => n + to - from + 1, 0);

const ANY: CodeRanges = [[0, 0xffff]];

interface PairFilter {
  pairMasks: Uint32Array;
  lone: Uint32Array;
  midMasks: Uint32Array;
  midLone: Uint32Array;
  short: Uint32Array;
}

/**
 * The second- and third-character filters of `nextMasked`: pair bits by `pairIndex`, and bits that need
 * no further character.
 */
function pairMasks(sources: readonly string[]): PairFilter {
  const out: PairFilter = {
    pairMasks: new Uint32Array(1 << PAIR_BITS),
    lone: new Uint32Array(0x10000),
    midMasks: new Uint32Array(1 << PAIR_BITS),
    midLone: new Uint32Array(0x10000),
    short: new Uint32Array(0x10000),
  };
  for (let i = 0; i < sources.length; i++) {
    const bit = 1 << i;
    const lead = leadingPairs(sources[i]!)!;
    const all = firstChars(sources[i]!)!;
    setBits(out.lone, lead.one ?? all, bit);
    setBits(out.short, lead.one ?? all, bit);
    addPairs(out.pairMasks, out.lone, lead.pairs, all, bit);
    const mid = secondPairs(sources[i]!)!;
    setBits(out.midLone, mid.second ?? ANY, bit);
    addPairs(out.midMasks, out.midLone, mid.pairs, ANY, bit);
  }
  return out;
}

function setBits(masks: Uint32Array, ranges: CodeRanges, bit: number): void {
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) masks[c]! |= bit;
}

/** Sets `bit` for each listed pair in `table`; pairs too many to list (or any) go to `lone` by their first unit. */
function addPairs(table: Uint32Array, lone: Uint32Array, pairs: readonly Pair[], all: CodeRanges, bit: number): void {
  for (const [anyFirst, seconds] of pairs) {
    const firsts = anyFirst ?? all;
    if (!seconds || size(firsts) * size(seconds) > MAX_PAIRS) {
      setBits(lone, firsts, bit);
      continue;
    }
    for (const [a0, a1] of firsts) for (let a = a0; a <= a1; a++) for (const [b0, b1] of seconds) for (let b = b0; b <= b1; b++) table[pairIndex(a, b)]! |= bit;
  }
}

/** One bit per entry for every code unit it can start with; null when some entry's are unknown or too many. */
function entryMasks(sources: readonly string[]): Uint32Array | null {
  const masks = new Uint32Array(0x10000);
  for (let i = 0; i < sources.length; i++) {
    const ranges = firstChars(sources[i]!);
    if (!ranges) return null;
    const bit = 1 << i;
    let admitted = 0;
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        if ((masks[c]! & bit) === 0) admitted++;
        masks[c]! |= bit;
      }
    }
    if (admitted > MAX_FIRST_CHARS) return null;
  }
  return masks;
}
