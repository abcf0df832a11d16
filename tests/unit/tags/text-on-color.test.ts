import { describe, expect, it } from 'vitest';
import { contrastRatio, textOnColor } from '@/lib/tags/text-on-color';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

describe('textOnColor', () => {
  it('matches the WCAG contrast of known pairs', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#16a34a', '#ffffff')).toBeCloseTo(3.3, 1);
  });

  it('gives every default tag text of at least 4.5:1', () => {
    for (const tag of DEFAULT_TAG_SET.tags) expect(contrastRatio(tag.color, textOnColor(tag.color))).toBeGreaterThanOrEqual(4.5);
  });

  it('picks black on light colours and white on dark ones', () => {
    expect(textOnColor('#facc15')).toBe('#000000');
    expect(textOnColor('#1e3a8a')).toBe('#ffffff');
  });
});
