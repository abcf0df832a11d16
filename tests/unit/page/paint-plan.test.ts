import { describe, expect, it } from 'vitest';
import { paintPlan } from '@/lib/page/paint-plan';
import type { Placement } from '@/lib/page/place-anchors';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { describeRange } from '@/lib/anchoring/describe';
import type { Annotation } from '@/lib/schema';

const TEXT = '二、存在问题。理论学习不够深入。三、整改措施。每月集中学习两次。';
const annotation = (id: string, tagId: string): Annotation => ({ id, documentId: 'd1', tagId, comment: '', anchor: describeRange(TEXT, 0, 4), anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 });

describe('paintPlan', () => {
  it('paints placed annotations in their tag’s colour, a deleted tag’s in grey, and nothing for pending or lost ones', () => {
    const problem = DEFAULT_TAG_SET.tags.find((t) => t.id === 'problem')!;
    const placements = new Map<string, Placement>([
      ['a', { kind: 'painted', start: 7, end: 15, status: 'anchored', page: null }],
      ['b', { kind: 'painted', start: 23, end: 31, status: 'uncertain', page: null }],
      ['c', { kind: 'pending', page: 4 }],
      ['d', { kind: 'lost' }],
    ]);
    const plan = paintPlan([annotation('a', 'problem'), annotation('b', 'gone-tag'), annotation('c', 'problem'), annotation('d', 'problem')], placements, DEFAULT_TAG_SET);
    expect(plan).toEqual([
      { id: 'a', layer: 'problem', color: problem.color, start: 7, end: 15 },
      { id: 'b', layer: 'deleted-tag', color: '#6b7280', start: 23, end: 31 },
    ]);
  });
});
