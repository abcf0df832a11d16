import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptOf } from '@/lib/checker/sentences';

/** What an excerpt is, written the plain way: the fast path must always agree with it. */
const plainExcerpt = (text: string, start: number, end: number, max = 80) => {
  const s = text.slice(start, end).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

describe('excerptOf', () => {
  it('puts a passage on one line and cuts it at 80 characters', () => {
    expect(excerptOf('部分党员\n  学习不够\u3000深入', { start: 0, end: 14 })).toBe('部分党员 学习不够 深入');
    expect(excerptOf('甲'.repeat(100), { start: 0, end: 100 })).toBe(`${'甲'.repeat(79)}…`);
  });

  it('agrees with the plain definition on any text and span, spaces of every kind included', () => {
    const pieces = fc.constantFrom('党建', '\n', ' ', '\u3000', '\u00a0', '\u2028', '\ufeff', '\t', 'X', '。', '\u200b', '　　');
    const input = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 200 }).map((p) => p.join(''));
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 400));
        expect(excerptOf(text, { start, end })).toBe(plainExcerpt(text, start, end));
      }),
    );
  });
});
