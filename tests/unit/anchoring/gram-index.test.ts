import { describe, expect, it } from 'vitest';
import { buildGramIndex } from '@/lib/anchoring/gram-index';

/** Every occurrence by brute force, for comparison. */
function naive(text: string, pattern: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(at);
  return found;
}

describe('buildGramIndex', () => {
  // Small alphabet so that patterns repeat and buckets collide.
  let state = 42;
  const text = Array.from({ length: 20_000 }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return '甲乙丙丁戊'[(state >>> 16) % 5];
  }).join('');
  const index = buildGramIndex(text);

  it('finds exactly the occurrences indexOf finds, for short and long patterns', () => {
    for (const [start, length] of [[0, 1], [5, 3], [100, 6], [200, 7], [3_000, 12], [19_950, 50]] as const) {
      const pattern = text.slice(start, start + length);
      expect(index.findAll(pattern, Infinity)).toEqual(naive(text, pattern));
    }
  });

  it('finds overlapping occurrences and respects the limit', () => {
    const repeated = buildGramIndex('哈'.repeat(30));
    expect(repeated.findAll('哈'.repeat(8), Infinity)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(repeated.findAll('哈'.repeat(8), 2)).toEqual([0, 1]);
  });

  it('returns nothing for absent patterns and works on texts shorter than a gram', () => {
    expect(index.findAll('己己己己己己己', Infinity)).toEqual([]);
    expect(buildGramIndex('甲乙').findAll('乙', Infinity)).toEqual([1]);
  });
});
