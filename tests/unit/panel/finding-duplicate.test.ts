import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { describeRange } from '@/lib/anchoring/describe';
import { planFindingAnnotation } from '@/components/check/finding-duplicate';
import type { Annotation } from '@/lib/schema';

const REPORT = ['二、存在的问题', '部分社区党组织书记抓党建的意识不够强。', '四、下一步打算', '进一步加强基层党组织建设，不断提升组织力。'].join('\n');
const { findings } = checkReport(REPORT);
const vagueMeasure = findings.find((f) => f.rule === 'vague-measure')!;

function annotation(id: string, exact: string, tagId: string, comment = ''): Annotation {
  const start = REPORT.indexOf(exact);
  return { id, documentId: 'd', tagId, comment, anchor: describeRange(REPORT, start, start + exact.length), anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 };
}

describe('转为批注 on a passage already tagged', () => {
  it('creates a note where the passage has none of that tag (another tag, or another passage)', () => {
    expect(vagueMeasure).toBeDefined();
    const others = [annotation('p', '部分社区党组织书记抓党建的意识不够强', 'problem'), annotation('q', '不断提升组织力', 'question')];
    expect(planFindingAnnotation(REPORT, vagueMeasure, 'measure', others)).toEqual({ kind: 'create' });
  });

  it("adds the finding's message to a same-tag note on an overlapping passage", () => {
    const own = annotation('m', '不断提升组织力', 'measure', '要有时限');
    expect(planFindingAnnotation(REPORT, vagueMeasure, 'measure', [own])).toEqual({ kind: 'merge', annotation: own, comment: `要有时限\n${vagueMeasure.message}` });
    const bare = annotation('m', '不断提升组织力', 'measure');
    expect(planFindingAnnotation(REPORT, vagueMeasure, 'measure', [bare])).toMatchObject({ kind: 'merge', comment: vagueMeasure.message });
  });

  it('refuses when that note already says it', () => {
    const said = annotation('m', '进一步加强基层党组织建设，不断提升组织力', 'measure', vagueMeasure.message);
    expect(planFindingAnnotation(REPORT, vagueMeasure, 'measure', [said])).toEqual({ kind: 'duplicate', annotation: said });
  });

  it('does not count a 未能定位 note as the passage', () => {
    const lost = { ...annotation('m', '不断提升组织力', 'measure'), anchorStatus: 'orphan' as const };
    expect(planFindingAnnotation(REPORT, vagueMeasure, 'measure', [lost])).toEqual({ kind: 'create' });
  });
});
