import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceLowerBound } from '@/lib/anchoring/similarity';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('持续加强制度建设', '持续加强制度建设')).toBe(0);
    expect(editDistance('持续加强制度建设', '持续强化制度建设')).toBe(2);
    expect(editDistance('制度建设', '制度建设工作')).toBe(2);
    expect(editDistance('', '建设')).toBe(2);
  });

  it('is bounded below by editDistanceLowerBound', () => {
    let state = 7;
    const random = (length: number) =>
      Array.from({ length }, () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return '甲乙丙丁戊己庚辛壬癸'[(state >>> 16) % 10];
      }).join('');
    for (let i = 0; i < 500; i++) {
      const a = random(i % 33);
      const b = random((i * 7) % 33);
      expect(editDistanceLowerBound(a, b)).toBeLessThanOrEqual(editDistance(a, b));
    }
    expect(editDistanceLowerBound('甲乙丙', '丁戊己')).toBe(3);
  });
});
