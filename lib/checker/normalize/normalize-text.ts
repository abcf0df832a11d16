import { markPageFurniture, markSpacedHan, markTableCellBreaks, markWrappedLines } from '@/lib/checker/normalize/layout';
import type { NormalizedText } from '@/lib/checker/normalize/offset-map';
import { looksTraditional, toSimplified } from '@/lib/checker/normalize/traditional';

/** Corner brackets (traditional texts, some OA exports) read as the quotes the lexicons use. */
const QUOTE_OF: Record<number, number> = { 0x300c: 0x201c, 0x300d: 0x201d, 0x300e: 0x2018, 0x300f: 0x2019 };
const HAS_CORNER = /[「」『』]/;
const MAY_HAVE_LAYOUT = /[ \u3000][\u4e00-\u9fff][ \u3000]|页|[—–－-][^\S\n]*[0-9０-９]/;

/**
 * What the checker reads: the caller's text without page furniture, spacing inside spaced-out Han,
 * line breaks inside wrapped lines and between a table row's cells, in simplified characters. Every
 * kept character keeps its offset in `origin`; when nothing changes, the text is returned as it is.
 */
export function normalizeText(text: string): NormalizedText {
  let drop: Uint8Array | null = null;
  if (text.includes('\n') || MAY_HAVE_LAYOUT.test(text)) {
    drop = new Uint8Array(text.length);
    const any = [markPageFurniture(text, drop), markSpacedHan(text, drop), markTableCellBreaks(text, drop)].some(Boolean);
    const wrapped = markWrappedLines(text, drop);
    if (!any && !wrapped) drop = null;
  }
  const traditional = looksTraditional(text);
  const corners = HAS_CORNER.test(text);
  if (!drop && !traditional && !corners) return { text, origin: null };

  const origin = new Int32Array(text.length + 1);
  const units = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (drop?.[i]) continue;
    let c = text.charCodeAt(i);
    if (traditional) c = toSimplified(c);
    if (corners) c = QUOTE_OF[c] ?? c;
    units[n] = c;
    origin[n++] = i;
  }
  origin[n] = text.length;
  // Chunks joined at once make one flat string; `+=` would make a rope, whose characters every scan reads more slowly.
  const chunks: string[] = [];
  for (let i = 0; i < n; i += 8192) chunks.push(String.fromCharCode(...units.subarray(i, Math.min(n, i + 8192))));
  return { text: chunks.join(''), origin: origin.subarray(0, n + 1) };
}
