import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';

/*
 * The sentence rules stop reading a sentence once its verdict and quoted words are settled. These
 * sentences are built so that what comes late in a sentence still decides.
 */
describe('sentence verdicts read the whole sentence where it matters', () => {
  it('flags praise-then-gap even when the sentence has numbers and hedges before the praise', () => {
    const text = '二、存在问题\n部分工作有待加强，3个村取得了很大成绩，但与上级要求相比还有差距。';
    const hit = checkReport(text).findings.find((f) => f.rule === 'vague-problem');
    expect(hit?.message).toMatch(/^以成绩代问题/);
  });

  it('clears a hedged problem by a number at the end of the sentence', () => {
    const text = '二、存在问题\n个别党员参加组织生活不够经常，全年缺席共计7人次。';
    expect(checkReport(text).findings.filter((f) => f.rule === 'vague-problem')).toEqual([]);
  });

  it('quotes only the first three distinct trigger words, in order, however many follow', () => {
    const text = '四、下一步打算\n进一步加强学习，不断深化认识，持续推进整改，切实提升能力，全面强化担当。';
    const hit = checkReport(text).findings.find((f) => f.rule === 'vague-measure');
    expect(hit?.message).toMatch(/^措施空泛：使用了“进一步”“加强”“不断”，/);
  });

  it('judges sentences after a skipped one as before (the next sentence starts a new verdict)', () => {
    const text = '四、下一步打算\n6月底前由组织委员牵头完成整改，持续加强。不断提升党员为民服务的水平。';
    const hits = checkReport(text).findings.filter((f) => f.rule === 'vague-measure');
    expect(hits.map((f) => text.slice(f.start, f.end))).toEqual(['不断提升党员为民服务的水平']);
  });
});
