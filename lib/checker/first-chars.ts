/**
 * The code units a RegExp source's matches can start with, as inclusive ranges, so a scan can pass over
 * every position where none can start (`entry-scan.ts`). A superset is always safe: it only costs a
 * test that fails. Sources it cannot read soundly (`.`, back-references, a match that can be empty)
 * give null.
 */
export function firstChars(source: string): CodeRanges | null {
  try {
    const parser = new Parser(source);
    const first = parser.alternation();
    return parser.pos !== source.length || first.nullable ? null : first.chars;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** Inclusive ranges of UTF-16 code units, unsorted and possibly overlapping. */
export type CodeRanges = readonly (readonly [number, number])[];
/** null: any character. */
type Chars = CodeRanges | null;

/** First characters of what a piece can match, and whether it can match nothing. */
interface First {
  chars: Chars;
  nullable: boolean;
}

const ZERO_WIDTH: First = { chars: [], nullable: true };
const ANY: First = { chars: null, nullable: false };
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

const single = (code: number): First => ({ chars: [[code, code]], nullable: false });

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): First {
    const out = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      const next = this.sequence();
      out.chars = union(out.chars, next.chars);
      out.nullable ||= next.nullable;
    }
    return out;
  }

  /** A sequence starts with the first characters of its pieces up to the first piece that cannot be empty. */
  private sequence(): { chars: Ranges | null; nullable: boolean } {
    let chars: Ranges | null = [];
    let nullable = true;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const piece = this.quantified();
      if (nullable) {
        chars = union(chars, piece.chars);
        nullable = piece.nullable;
      }
    }
    return { chars, nullable };
  }

  private quantified(): First {
    const atom = this.atom();
    const c = this.src[this.pos];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.pos++;
    } else if (c === '+') this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.pos));
      if (m) {
        optional = Number(m[1]) === 0;
        this.pos += m[0].length;
      }
    }
    if (c !== undefined && '?*+{'.includes(c) && this.src[this.pos] === '?') this.pos++; // lazy
    return optional ? { chars: atom.chars, nullable: true } : atom;
  }

  private atom(): First {
    const c = this.src[this.pos++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    return single(c.charCodeAt(0));
  }

  private group(): First {
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
    // A lookaround consumes nothing: what follows it decides the first character.
    return lookaround ? ZERO_WIDTH : inner;
  }

  private charClass(): First {
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
    return { chars: negated ? complement(chars) : chars, nullable: false };
  }

  /** One code unit, or a class escape's ranges (\d \s \S …). */
  private classAtom(): number | CodeRanges {
    const c = this.src[this.pos++]!;
    if (c !== '\\') return c.charCodeAt(0);
    const chars = this.escape(true).chars!;
    return chars.length === 1 && chars[0]![0] === chars[0]![1] ? chars[0]![0] : chars;
  }

  private escape(inClass: boolean): First {
    const c = this.src[this.pos++]!;
    if (c in CLASS_ESCAPES) return { chars: CLASS_ESCAPES[c]!, nullable: false };
    if (c in CONTROL_ESCAPES) return single(CONTROL_ESCAPES[c]!);
    if (c === 'b') return inClass ? single(8) : ZERO_WIDTH;
    if (c === 'B' && !inClass) return ZERO_WIDTH;
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
