/**
 * WCAG 2.x contrast for text drawn on a team's tag colour. Teams pick any colour for a tag, so the text
 * colour on a chip is chosen per colour instead of always white (white on the built-in 成绩 green was
 * 3.3:1, below the 4.5:1 that AA asks of normal text).
 */

// Pure black: any colour then reaches at least 4.58:1 with one of the two (a softer dark grey can fall to 4.2:1).
const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.2, §1.4.3 definition). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (1–21) between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (near-black or white) with the higher contrast on `background`. */
export function readableTextOn(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

function parseHex(hex: string): [number, number, number] {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits.slice(0, 6);
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}
