import { describe, expect, it } from 'vitest';
import { anchorOf, maxBoxHeight, placeBeside } from '@/lib/page/toolbar-position';

const view = { left: 0, top: 0, width: 1000, height: 800 };
const size = { width: 400, height: 200 };
const line = (top: number, left = 100, right = 500) => ({ left, top, right, bottom: top + 20 });

describe('placeBeside', () => {
  it('goes below the passage when there is room', () => {
    expect(placeBeside(line(100), size, view)).toEqual({ left: 100, top: 128 });
  });

  it('goes above a passage near the bottom of the view', () => {
    expect(placeBeside(line(700), size, view)).toEqual({ left: 100, top: 492 });
  });

  it('stays inside the view when neither side has room (a tiny or zoomed-in window)', () => {
    const small = { left: 0, top: 0, width: 360, height: 300 };
    const place = placeBeside(line(140, 300, 340), size, small);
    expect(place.top).toBeGreaterThanOrEqual(6);
    expect(place.top + size.height).toBeLessThanOrEqual(300 - 6 + 1);
    expect(place.left).toBe(6);
  });

  it('moves in from the right edge', () => {
    expect(placeBeside(line(100, 900, 990), size, view).left).toBe(1000 - 6 - 400);
  });

  it('keeps the box at the edge of the view when the passage has scrolled out of it', () => {
    expect(placeBeside(line(-500), size, view).top).toBe(6);
    expect(placeBeside(line(2000), size, view).top).toBe(800 - 6 - 200);
  });

  it('follows the visual viewport when the page is pinch-zoomed', () => {
    const zoomed = { left: 300, top: 400, width: 500, height: 400 };
    const place = placeBeside(line(450, 100, 200), size, zoomed);
    expect(place.left).toBe(306);
    expect(place.top).toBe(478);
  });
});

describe('anchorOf', () => {
  it('uses the whole passage when it is short', () => {
    expect(anchorOf([line(100), line(120, 100, 300)], view)).toEqual({ left: 100, top: 100, right: 500, bottom: 140 });
  });

  it("uses the last line of a passage taller than a third of the view (where the drag ended)", () => {
    const lines = Array.from({ length: 20 }, (_, i) => line(100 + i * 20));
    expect(anchorOf(lines, view)).toEqual(line(480));
  });

  it('has nothing to anchor to for an empty passage', () => {
    expect(anchorOf([{ left: 5, top: 5, right: 5, bottom: 5 }], view)).toBeNull();
  });
});

it('limits the box to the view', () => {
  expect(maxBoxHeight(view)).toBe(788);
});
