/**
 * The page count a viewer's own controls show ("第 2 页 / 共 16 页", "2 / 16", "of 16"). A viewer that
 * shows one page at a time holds only that page in its DOM, so its controls are the only place the
 * report's length can be read. Pure: given the text of the viewer outside its pages.
 */
const TOTAL_PATTERNS = [
  /共\s*(\d{1,4})\s*页/, // 第 2 页 / 共 16 页, 共16页
  /(?:^|[^\d/])\d{1,4}\s*\/\s*(\d{1,4})(?![\d/])/, // 2 / 16 (not a date such as 2026/12/01)
  /\bof\s+(\d{1,4})\b/i, // Page 2 of 16
];

/** The largest page total the controls' text states, or null when it states none. */
export function pageTotalIn(controlsText: string): number | null {
  let total: number | null = null;
  for (const pattern of TOTAL_PATTERNS) {
    const found = pattern.exec(controlsText);
    const n = found ? Number(found[1]) : 0;
    if (n > 0 && n > (total ?? 0)) total = n;
  }
  return total;
}
