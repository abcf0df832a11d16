import { describe, expect, it } from 'vitest';
import { buildLibrary, searchLibrary } from '@/lib/library/search-annotations';
import { scheme1Identity, type Annotation, type AnchorStatus, type DocumentRecord } from '@/lib/schema';

const doc = (id: string, title: string, updatedAt: number): DocumentRecord => ({
  id, title, updatedAt, createdAt: 0, fingerprint: '0'.repeat(64), sketch: [], textLength: 100, ...scheme1Identity(), url: `https://oa/${id}`, urls: [],
});
const note = (id: string, documentId: string, tagId: string, exact: string, comment: string, start: number, anchorStatus: AnchorStatus = 'anchored'): Annotation => ({
  id, documentId, tagId, comment, anchorStatus, createdAt: 0, updatedAt: 0,
  anchor: { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
});

const documents = [doc('a', '东湖镇述职报告', 1), doc('b', '青禾街道述职报告', 2)];
const annotations = [
  note('1', 'a', 'problem', '部分村党组织书记意识不够强', '未点名', 50),
  note('2', 'a', 'measure', '进一步加强组织建设', '没有时限', 10, 'uncertain'),
  note('3', 'b', 'problem', '个别党员参加组织生活不经常', '', 5, 'orphan'),
  note('4', 'b', 'achievement', '新发展党员２３名', 'Data OK', 1),
];
const library = buildLibrary(annotations, documents);
const ids = (q: Partial<Parameters<typeof searchLibrary>[1]>) =>
  searchLibrary(library, { text: '', tagIds: new Set(), statuses: new Set(), ...q }).map((e) => e.annotation.id);

describe('annotation library search', () => {
  it('lists the most recently touched report first, each in reading order', () => {
    expect(ids({})).toEqual(['4', '3', '2', '1']);
  });
  it('matches every word in quote, comment or report title, ignoring case and full/half width', () => {
    expect(ids({ text: '党员' })).toEqual(['4', '3']);
    expect(ids({ text: '东湖 时限' })).toEqual(['2']);
    expect(ids({ text: '23名' })).toEqual(['4']);
    expect(ids({ text: 'data ok' })).toEqual(['4']);
    expect(ids({ text: '不存在的词' })).toEqual([]);
  });
  it('filters by tag and by anchoring status', () => {
    expect(ids({ tagIds: new Set(['problem']) })).toEqual(['3', '1']);
    expect(ids({ statuses: new Set<AnchorStatus>(['uncertain', 'orphan']) })).toEqual(['3', '2']);
    expect(ids({ text: '东湖', tagIds: new Set(['problem']) })).toEqual(['1']);
  });
  it('keeps annotations whose report record is missing, findable by their own text', () => {
    const orphaned = buildLibrary([note('9', 'gone', 'problem', '孤立的批注', '', 0)], documents);
    expect(searchLibrary(orphaned, { text: '孤立', tagIds: new Set(), statuses: new Set() })).toHaveLength(1);
  });
});
