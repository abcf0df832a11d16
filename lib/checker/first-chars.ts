/**
 * The code units a RegExp source's matches can start with, as inclusive ranges, so a scan can pass over
 * every position where none can start (`entry-scan.ts`). A superset is always safe: it only costs a
 * test that fails. Sources it cannot read soundly (`.`, back-references, a match that can be empty)
 * give null.
 */
export function firstChars(source: string): CodeRanges | null {
  const lead = readLead(source);
  return lead && lead.chars;
}

/** `mask[code]` is 1 where a match of `source` can start with that code unit (all 1 where that cannot be read). */
export function firstCharMask(source: string): Uint8Array {
  const chars = firstChars(source);
  const mask = new Uint8Array(0x10000).fill(chars ? 0 : 1);
  for (const [from, to] of chars ?? []) mask.fill(1, from, to + 1);
  return mask;
}

/**
 * The first two code units a source's matches can start with: `pairs` for matches of two or more
 * (each a product of first and second characters), `one` for the first characters of one-unit
 * matches, after which anything may follow. A superset, as `firstChars`; null where that is null.
 */
export function leadingPairs(source: string): { pairs: readonly Pair[]; one: Chars } | null {
  const lead = readLead(source);
  return lead && { pairs: lead.pairs, one: lead.one };
}

/**
 * The second and third code units of a source's matches: `pairs` for matches of three or more,
 * `second` for the second units of two-unit matches, after which anything may follow. A superset, as
 * `firstChars`; null where that is null.
 */
export function secondPairs(source: string): { pairs: readonly Pair[]; second: Chars } | null {
  const lead = readLead(source);
  return lead && { pairs: lead.mid, second: lead.second };
}

function readLead(source: string): Lead | null {
  try {
    const parser = new Parser(source);
    const lead = parser.alternation();
    return parser.pos !== source.length || lead.nullable || lead.chars === null ? null : lead;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** Inclusive ranges of UTF-16 code units, unsorted and possibly overlapping. */
export type CodeRanges = readonly (readonly [number, number])[];
/** null: any character. */
export type Chars = CodeRanges | null;
/** Matches whose first code unit is in [0] and second in [1]. */
export type Pair = readonly [Chars, Chars];

/**
 * What a piece's matches start with: first characters, whether it can match nothing, the characters
 * of its one-unit matches (what follows the piece supplies their second) and the first two units of
 * its longer matches.
 */
interface Lead {
  chars: Chars;
  nullable: boolean;
  one: Chars;
  pairs: Pair[];
  /** The second units of its two-unit matches. */
  second: Chars;
  /** The second and third units of its longer matches. */
  mid: Pair[];
}

const zeroWidth = (): Lead => ({ chars: [], nullable: true, one: [], pairs: [], second: [], mid: [] });
const any = (): Lead => ({ chars: null, nullable: false, one: null, pairs: [], second: [], mid: [] });
const SPACES: CodeRanges = [...[...' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => [c.charCodeAt(0), c.charCodeAt(0)] as const), [0x2000, 0x200a]];
const DIGITS: CodeRanges = [[0x30, 0x39]];
const WORD: CodeRanges = [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]];
const CLASS_ESCAPES: Record<string, CodeRanges> = {
  d: DIGITS,
  w: WORD,
  s: SPACES,
  D: complement(DIGITS),
  S: complement(SPACES),
  W: complement(WORD),
};
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12 };

class Unreadable extends Error {}

/** Ranges this parser is still adding to. */
type Ranges = (readonly [number, number])[];

/** Adds b's ranges to a (which this parser owns), so long alternations stay linear. */
function union(a: Ranges | null, b: Chars): Ranges | null {
  if (a === null || b === null) return null;
  for (const r of b) a.push(r);
  return a;
}

/** Copies, so the result's ranges are owned by whoever unions into them. */
const oneChar = (chars: Chars): Lead => ({ chars: chars && [...chars], nullable: false, one: chars && [...chars], pairs: [], second: [], mid: [] });
/** Does it have one-unit matches? */
const hasOne = (lead: Lead): boolean => lead.one === null || lead.one.length > 0;
const single = (code: number): Lead => oneChar([[code, code]]);

/** `a` followed by `b` (a is owned and updated). */
function concat(a: Lead, b: Lead): Lead {
  // Units 1–2 of ab: a's own, a's second unit then b's first, b's first two after a one-unit a, b's own after an empty a.
  if (a.second === null || a.second.length > 0) a.mid.push([a.second, b.chars]);
  if (hasOne(a)) a.mid.push(...b.pairs);
  if (a.nullable) a.mid.push(...b.mid);
  a.second = union(union(union([], b.nullable ? a.second : []), hasOne(a) ? b.one : []), a.nullable ? b.second : []);
  if (hasOne(a)) a.pairs.push([a.one, b.chars]);
  if (a.nullable) a.pairs.push(...b.pairs);
  const one = union(union([], b.nullable ? a.one : []), a.nullable ? b.one : []);
  if (a.nullable) a.chars = union(a.chars as Ranges | null, b.chars);
  a.one = one;
  a.nullable &&= b.nullable;
  return a;
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  /** Returns a Lead it owns (sequences do), so alternatives are unioned into it in place. */
  alternation(): Lead {
    const out = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      out.chars = union(out.chars as Ranges | null, next.chars);
      out.nullable ||= next.nullable;
      out.one = union(out.one as Ranges | null, next.one);
      out.pairs.push(...next.pairs);
      out.second = union(out.second as Ranges | null, next.second);
      out.mid.push(...next.mid);
    }
    return out;
  }

  /** A sequence starts with the first characters of its pieces up to the first piece that cannot be empty. */
  private sequence(): Lead {
    let out = zeroWidth();
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') out = concat(out, this.quantified());
    return out;
  }

  private quantified(): Lead {
    const atom = this.atom();
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
        this.pos += m[0].length;
      }
    }
    if (c !== undefined && '?*+{'.includes(c) && this.src[this.pos] === '?') this.pos++; // lazy
    // A repeat's one-unit match may be followed by another repeat.
    const repeated = max >= 2 && hasOne(atom);
    const pairs = repeated ? [...atom.pairs, [atom.one, atom.chars] as const] : atom.pairs;
    if (max < 2) return { chars: atom.chars, nullable: atom.nullable || min === 0, one: atom.one, pairs, second: atom.second, mid: atom.mid };
    // Units 1–2 of a repeat: the first repeat's own, its second unit then the next's first, or (after a one-unit repeat) the next ones' first two.
    const mid: Pair[] = [...atom.mid, [atom.second, atom.chars]];
    if (hasOne(atom)) mid.push(...atom.pairs, [atom.one, atom.chars]);
    const second = union(union([], atom.second), repeated ? atom.one : []);
    return { chars: atom.chars, nullable: atom.nullable || min === 0, one: atom.one, pairs, second, mid };
  }

  private atom(): Lead {
    const c = this.src[this.pos++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') return any();
    if (c === '^' || c === '$') return zeroWidth();
    return single(c.charCodeAt(0));
  }

  private group(): Lead {
    let lookaround = false;
    if (this.src[this.pos] === '?') {
      const head = this.src.slice(this.pos, this.pos + 3);
      if (head.startsWith('?:')) this.pos += 2;
      else if (head.startsWith('?=') || head.startsWith('?!') || head === '?<=' || head === '?<!') {
        this.pos += head.startsWith('?<') ? 3 : 2;
        lookaround = true;
      } else if (head.startsWith('?<') && this.src.indexOf('>', this.pos) > 0) this.pos = this.src.indexOf('>', this.pos) + 1;
      else throw new Unreadable();
    }
    const inner = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Unreadable();
    // A lookaround consumes nothing: what follows it decides the first characters.
    return lookaround ? zeroWidth() : inner;
  }

  private charClass(): Lead {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const chars: (readonly [number, number])[] = [];
    // As in JS (not PCRE), a `]` right after `[` or `[^` closes the class: `[]` admits nothing, `[^]` anything.
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new Unreadable();
      const from = this.classAtom();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && typeof from === 'number') {
        this.pos++;
        const to = this.classAtom();
        if (typeof to !== 'number' || to < from) throw new Unreadable();
        chars.push([from, to]);
      } else if (typeof from === 'number') chars.push([from, from]);
      else chars.push(...from);
    }
    this.pos++;
    return oneChar(negated ? complement(chars) : chars);
  }

  /** One code unit, or a class escape's ranges (\d \s \S …). */
  private classAtom(): number | CodeRanges {
    const c = this.src[this.pos++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const chars = this.escape(true).chars!;
    return chars.length === 1 && chars[0]![0] === chars[0]![1] ? chars[0]![0] : chars;
  }

  private escape(inClass: boolean): Lead {
    const c = this.src[this.pos++]!;
    if (c in CLASS_ESCAPES) return oneChar(CLASS_ESCAPES[c]!);
    if (c in CONTROL_ESCAPES) return single(CONTROL_ESCAPES[c]!);
    if (c === 'b') return inClass ? single(8) : zeroWidth();
    if (c === 'B' && !inClass) return zeroWidth();
    if (c === 'u' || c === 'x') {
      const n = c === 'u' ? 4 : 2;
      const hex = this.src.slice(this.pos, this.pos + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new Unreadable();
      this.pos += n;
      return single(parseInt(hex, 16));
    }
    // Back-references, \c, \k, \0 and other letter escapes are not read.
    if (/[0-9a-zA-Z]/.test(c)) throw new Unreadable();
    return single(c.charCodeAt(0));
  }
}

/** The code units not in `chars`. */
function complement(chars: CodeRanges): CodeRanges {
  const out: [number, number][] = [];
  let next = 0;
  for (const [from, to] of [...chars].sort((a, b) => a[0] - b[0])) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}
