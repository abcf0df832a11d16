import { describe, expect, it } from 'vitest';
import { pageTotalIn } from '@/lib/page/sources/page-total';

describe('pageTotalIn', () => {
  it('reads the page count a viewer\'s controls state', () => {
    expect(pageTotalIn('上一页 第 2 页 / 共 16 页 下一页')).toBe(16);
    expect(pageTotalIn('共16页')).toBe(16);
    expect(pageTotalIn('放大 缩小 3 / 12 打印')).toBe(12);
    expect(pageTotalIn('Page 4 of 9')).toBe(9);
  });

  it('says nothing when the controls state no count, and does not take a date for one', () => {
    expect(pageTotalIn('第 - 页 / 共 - 页')).toBeNull();
    expect(pageTotalIn('文档预览 2026/12/01 放大 100%')).toBeNull();
    expect(pageTotalIn('')).toBeNull();
  });
});
