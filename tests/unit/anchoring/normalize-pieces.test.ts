import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeEdited, normalizeForMatching, normalizeForMatchingInSlices } from '@/lib/anchoring/normalize';

/** Report-like text: Han characters, full-width forms, spaces, quotes and a character outside the BMP. */
const unit = fc.constantFrom('述', '职', '报', '告', 'Ａ', '１', ' ', '\u3000', '\n', '“', '”', '—', 'a', '😀', '…', '\u200b');
const text = fc.array(unit, { maxLength: 400 }).map((units) => units.join(''));

const plain = (n: ReturnType<typeof normalizeForMatching>) => ({ text: n.text, toRaw: [...n.toRaw] });

describe('normalising a long text in pieces', () => {
  it('folding in slices gives exactly the whole text folded', async () => {
    // Long enough for several pieces, with surrogate pairs where pieces would split them.
    const long = '述职报告😀　Ａ１“落实”…'.repeat(12_000);
    let slices = 0;
    const sliced = await normalizeForMatchingInSlices(long, () => false, async () => (slices++, () => false));
    expect(slices).toBeGreaterThan(2);
    expect(plain(sliced)).toEqual(plain(normalizeForMatching(long)));
  });

  it('an edited text normalised from the text before the edit equals the edited text normalised afresh', () => {
    fc.assert(
      fc.property(text, text, text, text, (head, removed, inserted, tail) => {
        const before = head + removed + tail;
        const after = head + inserted + tail;
        const edited = normalizeEdited(before, normalizeForMatching(before), after);
        expect(plain(edited)).toEqual(plain(normalizeForMatching(after)));
      }),
      { numRuns: 300 },
    );
  });

  it('a clock ticking at the top of a long page refolds only the changed part, with the same result', () => {
    const body = '本年度共完成重点任务十二项，新发展党员二十三名。'.repeat(5_000);
    const before = `公文办理 12:00:01.5${body}`;
    const after = `公文办理 12:00:01.905${body}`;
    expect(plain(normalizeEdited(before, normalizeForMatching(before), after))).toEqual(plain(normalizeForMatching(after)));
  });
});
