import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeRange } from '@/lib/anchoring/describe';
import { normalizeString } from '@/lib/anchoring/normalize';
import { prepareText, resolveAnchor } from '@/lib/anchoring/resolve-anchor';

/**
 * Random edits to a report never lose an annotation: re-anchoring always answers anchored, uncertain
 * (待确认) or orphan (未能定位), its offsets lie in the edited text, and an anchored answer covers text
 * equal to the quote after normalisation (a confident answer is never a different passage).
 */

const SENTENCES = [
  '全年召开党委会十二次，研究党建议题三十项。',
  '部分党员参加组织生活不够经常。',
  '下一步将加强学习，不断提升组织力。',
  '落实仍有差距，创新意识不强。',
  '完成七个社区党组织换届，选优配强带头人。',
  '明年六月底前完成全员轮训。',
  '推动解决群众急难愁盼问题 86 件。',
  '“三会一课”制度执行不严格。',
];

const report = fc.array(fc.constantFrom(...SENTENCES), { minLength: 3, maxLength: 14 }).map((parts) => parts.join('\n'));
const snippet = fc.oneof(
  fc.constantFrom(...SENTENCES, ' ', '\n', '，', '　', '\u200b', 'ＡＢＣ', '😀'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: snippet });

function applyEdit(text: string, { at, remove, insert }: { at: number; remove: number; insert: string }): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

const scenario = report.chain((text) =>
  fc.record({
    text: fc.constant(text),
    start: fc.nat({ max: text.length - 2 }),
    length: fc.integer({ min: 1, max: 40 }),
    edits: fc.array(edit, { maxLength: 6 }),
  }),
);

describe('re-anchoring after random edits (property)', () => {
  it('each annotation is anchored, uncertain or orphan, in range, and anchored means the same text', () => {
    fc.assert(
      fc.property(scenario, ({ text, start, length, edits }) => {
        const end = Math.min(text.length, start + length);
        fc.pre(normalizeString(text.slice(start, end)).length > 0);
        const anchor = describeRange(text, start, end);
        const edited = edits.reduce(applyEdit, text);
        const result = resolveAnchor(prepareText(edited), anchor);

        expect(['anchored', 'uncertain', 'orphan']).toContain(result.status);
        if (result.status === 'orphan') return;
        expect(0 <= result.start && result.start <= result.end && result.end <= edited.length).toBe(true);
        if (result.status === 'anchored') {
          expect(normalizeString(edited.slice(result.start, result.end))).toBe(normalizeString(anchor.quote.exact));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an unedited report anchors every passage where it was', () => {
    fc.assert(
      fc.property(scenario, ({ text, start, length }) => {
        const end = Math.min(text.length, start + length);
        fc.pre(normalizeString(text.slice(start, end)).length > 0);
        const result = resolveAnchor(prepareText(text), describeRange(text, start, end));
        expect(result).toMatchObject({ status: 'anchored', start, end });
      }),
      { numRuns: 100 },
    );
  });
});
