import { describe, expect, it } from 'vitest';
import { reportOverview, sortReports } from '@/lib/library/report-overview';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { annotation, documentRecord } from '../assessment/fixtures';

const scale = DEFAULT_TAG_SET.form.ratingScale;
const documents = [
  { ...documentRecord('d1', '白沙镇', 'https://oa.example.cn/1'), updatedAt: 30 },
  { ...documentRecord('d2', '青禾街道', 'https://oa.example.cn/2'), updatedAt: 20 },
  { ...documentRecord('d3', '东湖村', 'https://oa.example.cn/3'), updatedAt: 10 },
  { ...documentRecord('d4', '未动过的报告', 'https://oa.example.cn/4'), updatedAt: 40 },
];
const annotations = [
  annotation('problem', '意识不够强', 10, '哪些？', { documentId: 'd1', updatedAt: 5 }),
  // Made from a checker finding (转为批注): the flag the overview counts.
  annotation('measure', '进一步加强', 20, '措施空泛：没有时限', { documentId: 'd1', updatedAt: 5, source: { kind: 'checker', version: 1, ruleId: 'vague-measure' } }),
  annotation('achievement', '换届', 10, '', { documentId: 'd2', anchorStatus: 'orphan', updatedAt: 5 }),
];
const assessments = [
  { documentId: 'd2', tagSetId: DEFAULT_TAG_SET.id, rating: '较好', editedSections: {}, speaker: '', reviewer: '', date: '', updatedAt: 50 },
  { documentId: 'd3', tagSetId: DEFAULT_TAG_SET.id, rating: '优秀', editedSections: {}, speaker: '', reviewer: '', date: '', updatedAt: 1 },
];
const rows = reportOverview({ documents, annotations, assessments, form: DEFAULT_TAG_SET.form });

describe('report overview', () => {
  it('has one row per annotated or assessed report with notes, flags, rating and done', () => {
    expect(rows.map((r) => [r.title, r.notes, r.flags, r.rating, r.done, r.needsCheck])).toEqual([
      ['白沙镇', 2, 1, null, false, 0],
      ['青禾街道', 1, 0, '较好', true, 1],
      // A rating no longer on the team's scale is not a rating.
      ['东湖村', 0, 0, null, false, 0],
    ]);
    expect(rows.find((r) => r.title === '青禾街道')!.updatedAt).toBe(50);
  });

  it('sorts by any column; a second click reverses', () => {
    const titles = (key: Parameters<typeof sortReports>[1], descending = false) => sortReports(rows, key, scale, descending).map((r) => r.title);
    expect(titles('updated')).toEqual(['青禾街道', '白沙镇', '东湖村']);
    expect(titles('notes')).toEqual(['白沙镇', '青禾街道', '东湖村']);
    expect(titles('rating')).toEqual(['青禾街道', '白沙镇', '东湖村']);
    expect(titles('done')).toEqual(['白沙镇', '东湖村', '青禾街道']);
    expect(titles('title')).toEqual([...titles('title', true)].reverse());
  });
});
