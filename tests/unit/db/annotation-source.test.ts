import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Annotation, ContentToBackground } from '@/lib/schema';
import { createAnnotation } from '@/lib/db/annotations';
import { anchor, freshDb, page } from '../../fixtures/db/helpers';

describe('the source of an annotation', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('annotation-source');
  });
  afterEach(() => env.dispose());

  it('stores the checker rule of an annotation made from a finding, and nothing for the reviewer’s own', async () => {
    const { db } = env;
    const source = { kind: 'checker', version: 1, ruleId: 'vague-measure' } as const;
    const fromFinding = await createAnnotation(db, { page: page(), tagId: 'measure', comment: 'Vague measure: …', anchor: anchor('持续加强', 3), source }, 1000);
    const own = await createAnnotation(db, { page: page(), tagId: 'problem', comment: '哪个支部？', anchor: anchor('个别支部', 30) }, 2000);
    expect(await db.annotations.get(fromFinding.id)).toMatchObject({ source });
    expect(await db.annotations.get(own.id)).not.toHaveProperty('source');
  });

  it('is optional and checked where it comes in: in records, files and messages from a page', () => {
    const base = { id: 'a', documentId: 'd', tagId: 't', comment: '', anchor: anchor('甲乙', 0), anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 };
    expect(Annotation.safeParse(base).success).toBe(true);
    expect(Annotation.safeParse({ ...base, source: { kind: 'checker', version: 1, ruleId: 'a-rule-of-a-newer-build' } }).success).toBe(true);
    expect(Annotation.safeParse({ ...base, source: { kind: 'checker', ruleId: 'vague-problem' } }).success).toBe(false);
    expect(Annotation.safeParse({ ...base, source: { kind: 'import', version: 1 } }).success).toBe(false);
    const create = { type: 'annotation/create', page: page(), tagId: 't', comment: '', anchor: anchor('甲乙', 0) };
    expect(ContentToBackground.safeParse({ ...create, source: { kind: 'checker', version: 1, ruleId: 'missing-data' } }).success).toBe(true);
    expect(ContentToBackground.safeParse({ ...create, source: { kind: 'checker', version: 1, ruleId: '' } }).success).toBe(false);
  });
});
