import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkReport } from '@/lib/checker';

/**
 * The checker never throws on any text a viewer could show, and every offset it returns lies in the
 * text (the panel turns them into anchors and page ranges). Inputs mix report vocabulary with
 * arbitrary Unicode: lone and paired surrogates, CJK, placeholders (XX, ××), headings, odd whitespace.
 */

const PIECES = [
  '一、主要成绩', '二、存在的问题', '三、原因分析', '四、下一步打算', '（一）', '1.', '①',
  '全年完成营收XX万元', '培训××人次', '**', '＊＊', 'X个', '【数据】',
  '进一步加强学习，不断提高。', '存在认识不到位的问题。', '明年6月底前完成。', '同比增长12.5%',
  '\n', '\r\n', ' ', '　', '\t', '\u200b', '\ud83d\ude00', '\ud83d', '\ude00', '𠀀', '龘', '“', '”', '——',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 12 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

const inRange = (start: number, end: number, length: number) => Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length;

describe('checker on random Unicode (property)', () => {
  it('never throws; sections and findings stay inside the text', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { sections, findings } = checkReport(input);
        for (const s of sections) expect(inRange(s.start, s.end, input.length)).toBe(true);
        for (const f of findings) {
          expect(inRange(f.start, f.end, input.length)).toBe(true);
          expect(typeof f.message).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});
