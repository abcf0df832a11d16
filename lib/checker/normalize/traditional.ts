import { Converter } from 'opencc-js/t2cn';

/*
 * Traditional → simplified with OpenCC's data (opencc-js), one character at a time. Phrase-level
 * conversion would be slower (about 3.5 µs a character) and can change the length of the text; the
 * cues and lexicons only need the characters, and a 1:1 mapping keeps offsets exact.
 */
let convert: ((s: string) => string) | null = null;
const cache = new Map<number, number>();

function simplifiedOf(code: number): number {
  let hit = cache.get(code);
  if (hit === undefined) {
    convert ??= Converter({ from: 't', to: 'cn' });
    const out = convert(String.fromCharCode(code));
    hit = out.length === 1 ? out.charCodeAt(0) : code;
    cache.set(code, hit);
  }
  return hit;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Does the text look traditional? Samples up to 8 windows spread over it; a simplified report has almost
 * no character that OpenCC would change.
 */
export function looksTraditional(text: string): boolean {
  const windows = 8;
  const width = 200;
  let han = 0;
  let changed = 0;
  for (let w = 0; w < windows; w++) {
    const from = Math.floor((text.length * w) / windows);
    const to = Math.min(text.length, from + width);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!isHan(c)) continue;
      han++;
      if (simplifiedOf(c) !== c) changed++;
    }
    if (to === text.length) break;
  }
  return han > 0 && changed / han >= 0.03;
}

/** The simplified form of one UTF-16 unit (unchanged when it is not a traditional Han character). */
export function toSimplified(code: number): number {
  return isHan(code) ? simplifiedOf(code) : code;
}
