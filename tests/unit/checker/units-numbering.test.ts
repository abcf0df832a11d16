import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRuleset } from '@/lib/checker';
import { compileRuleset } from '@/lib/checker/compile';
import { splitUnits } from '@/lib/checker/sections/units';

const compiled = compileRuleset(defaultRuleset);

/** Every numbering a scan of the whole text finds, by where it starts. */
function numberingByWholeScan(text: string): Map<number, number> {
  const scan = compiled.markers;
  const found = new Map<number, number>();
  for (let from = 0; scan.next(text, from); from = scan.after()) if (scan.end > scan.start) found.set(scan.start, scan.end);
  return found;
}

const pieces = [
  '一、', '二、', '十二、', '第一部分', '第二部分：', '第三节', '（一）', '(二)', '1.', '2、', '3．', '12)', '（3）', '①', '一是', '首先，',
  '【', '】', '## ', '#', '存在问题', '主要工作', '整改措施', '组织生活不够规范', '全年发展党员12名', '1.5', '2024年',
  '。', '，', '；', '：', ':', '！', '\n', ' ', '  ', '　',
];

describe('numbering read where units start', () => {
  it('is the numbering a scan of the whole text finds there: no default marker spans the end of a unit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((xs) => xs.join('')), (text) => {
        const whole = numberingByWholeScan(text);
        const units = splitUnits(text, compiled);
        for (let k = 0; k < units.count; k++) {
          const start = units.start[k]!;
          const scan = compiled.markers;
          const here = scan.next(text, start, start + 1) && scan.end > start ? scan.end : undefined;
          expect(here, `unit at ${start} of ${JSON.stringify(text)}`).toBe(whole.get(start));
        }
      }),
      {
        numRuns: 3000,
        // Found by earlier runs: a title's deeper numbering read from inside other numbering (3） of （3）, 2) of 12)).
        examples: [['一、，（3）全年发展党员12名一、（一）1.5一、一、'], ['一、#12)主要工作存在问题全年发展党员12名一、一、']],
      },
    );
  }, 60_000);
});
