import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { describeRange } from '@/lib/anchoring/describe';
import { findingsByAnnotation } from '@/lib/assessment/flags';
import { PAGED_ANCHOR_STRATEGY, type Anchor } from '@/lib/schema';

// The reading text the checker ran on (lines joined into paragraphs) and the text a pdf.js page's
// text layer gives the annotator (one span per visual line, no separators): different offsets.
const READING = [
  '一、主要成绩',
  '全年走访社区工作者43人，解决群众反映的问题12件。',
  '二、存在的问题',
  '部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常。',
  '四、下一步打算',
  '进一步加强基层党组织建设，不断提升组织力。',
].join('\n');
const PAGE_LAYER = READING.replace(/\n/g, '').replace('抓党建的意识', '抓党建的\n意识');

function pagedAnchor(exact: string): Anchor {
  const start = PAGE_LAYER.indexOf(exact.slice(0, 4));
  const { quote, position } = describeRange(PAGE_LAYER, start, start + exact.length);
  return { strategy: PAGED_ANCHOR_STRATEGY, quote, position, page: 1 };
}

describe('findingsByAnnotation', () => {
  const { findings } = checkReport(READING);

  it('gives each card the findings that cover its passage, whatever text its offsets index', () => {
    const problem = { id: 'p', anchor: pagedAnchor('个别党员参加组织生活不够经常') };
    const achievement = { id: 'a', anchor: pagedAnchor('全年走访社区工作者43人') };
    const measure = { id: 'm', anchor: pagedAnchor('进一步加强基层党组织建设，不断提升组织力') };
    const covering = findingsByAnnotation(READING, findings, [problem, achievement, measure]);
    const labels = (id: string) => (covering.get(id) ?? []).map((f) => f.rule);
    expect(labels('m')).toContain('vague-measure');
    expect(labels('m')).not.toContain('vague-problem');
    expect(labels('a')).toEqual([]);
    // The measure's flag is not on the problem card, whose own offsets in the page text point elsewhere.
    expect(labels('p')).not.toContain('vague-measure');
  });

  it('gives no flags to a passage the text read does not contain', () => {
    const elsewhere = { id: 'x', anchor: describeRange('另一页上的句子，尚未读取。', 0, 8) };
    expect(findingsByAnnotation(READING, findings, [elsewhere]).get('x')).toBeUndefined();
  });
});

describe('findingsByAnnotation on cards that cannot show their passage', () => {
  const { findings } = checkReport(READING);
  const measure = pagedAnchor('进一步加强基层党组织建设，不断提升组织力');

  it('gives an orphaned (未能定位) card no flags, even when its quote is in the text read', () => {
    expect(findingsByAnnotation(READING, findings, [{ id: 'o', anchor: measure, anchorStatus: 'orphan' }]).get('o')).toBeUndefined();
    expect(findingsByAnnotation(READING, findings, [{ id: 'm', anchor: measure, anchorStatus: 'anchored' }]).get('m')).not.toEqual([]);
  });

  it("gives no flags to a passage only like one in the text read: the look-alike's flags are not its own", () => {
    // A concrete measure, rewritten from the vague one: close enough for a fuzzy match, but not it.
    const concrete = { ...measure, quote: { ...measure.quote, exact: '进一步加强基层党组织建设，每月提升组织力' } };
    expect(findingsByAnnotation(READING, findings, [{ id: 'c', anchor: concrete }]).get('c')).toBeUndefined();
  });
});
