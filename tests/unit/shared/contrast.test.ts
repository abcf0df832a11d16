import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from '@/lib/shared/contrast';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

describe('text on a tag colour', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks dark text on light colours and white on dark ones', () => {
    expect(readableTextOn('#fde047')).toBe('#000000');
    expect(readableTextOn('#1e3a8a')).toBe('#ffffff');
  });

  it('reaches AA (4.5:1) on every built-in tag colour', () => {
    for (const tag of DEFAULT_TAG_SET.tags) {
      expect(contrastRatio(tag.color, readableTextOn(tag.color)), tag.label).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps at least 4.5:1 whatever colour a team picks', () => {
    for (let v = 0; v < 0x1000000; v += 0x0f0f0f / 3) {
      const color = `#${Math.floor(v).toString(16).padStart(6, '0')}`;
      expect(contrastRatio(color, readableTextOn(color)), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
