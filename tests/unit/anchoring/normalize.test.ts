import { describe, expect, it } from 'vitest';
import { normalizeForMatching, toNormalizedOffset, toRawSpan } from '@/lib/anchoring/normalize';

describe('normalizeForMatching', () => {
  it('folds width, quotes and dashes and removes every kind of whitespace', () => {
    const raw = 'ＡＢＣ１２３ “完成”\u00a0率：\u3000９５％\u200b —— ‘好’\t\n';
    expect(normalizeForMatching(raw).text).toBe('ABC123"完成"率:95%--\'好\'');
  });

  it('maps every folded unit back to the raw code point it came from', () => {
    const raw = '甲 ＡＢ\u3000…乙𠀀丙';
    const { text, toRaw } = normalizeForMatching(raw);
    expect(text).toBe('甲AB...乙𠀀丙');
    expect(Array.from(toRaw)).toEqual([0, 2, 3, 5, 5, 5, 6, 7, 7, 9, 10]);
  });

  it('maps a folded span to a raw span that excludes trailing whitespace and whole expansions', () => {
    const raw = '甲 乙 … 丙';
    const normalized = normalizeForMatching(raw);
    expect(toRawSpan(normalized, raw, 0, 2)).toEqual({ start: 0, end: 3 }); // 甲 乙
    expect(toRawSpan(normalized, raw, 2, 5)).toEqual({ start: 4, end: 5 }); // …
  });

  it('maps raw offsets to the next folded position', () => {
    const normalized = normalizeForMatching('甲  乙');
    expect(toNormalizedOffset(normalized, 0)).toBe(0);
    expect(toNormalizedOffset(normalized, 2)).toBe(1);
    expect(toNormalizedOffset(normalized, 4)).toBe(2);
  });

  it('normalises a million characters and still maps the last one back (speed: npm run bench)', () => {
    const raw = '本年度完成了主要工作，ＫＰＩ达成率 95%。\n'.repeat(40_000);
    const normalized = normalizeForMatching(raw);
    expect(normalized.text.endsWith('KPI达成率95%。')).toBe(true);
    expect(raw[normalized.toRaw[normalized.text.length - 1]!]).toBe('。');
  });
});
