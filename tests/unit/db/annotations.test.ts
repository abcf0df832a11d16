import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotation } from '@/lib/schema';
import {
  createAnnotation,
  deleteAnnotations,
  listDocumentAnnotations,
  setAnchorStatuses,
  updateAnnotation,
} from '@/lib/db/annotations';
import { UndoStack } from '@/lib/db/undo';
import { anchor, freshDb, page } from '../../fixtures/db/helpers';

describe('annotation operations', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('annotations');
  });
  afterEach(() => env.dispose());

  it('creates an anchored annotation and its document in one go', async () => {
    const { db } = env;
    const a = await createAnnotation(db, { page: page(), tagId: 'achievement', comment: '成效显著', anchor: anchor('完成营收', 5) }, 1000);

    expect(Annotation.parse(a)).toEqual(a);
    expect(a).toMatchObject({ tagId: 'achievement', comment: '成效显著', anchorStatus: 'anchored', createdAt: 1000, updatedAt: 1000 });
    expect(await db.annotations.get(a.id)).toEqual(a);
    const docs = await db.documents.toArray();
    expect(docs.map((d) => d.id)).toEqual([a.documentId]);

    const b = await createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: anchor('不足', 50) }, 2000);
    expect(b.documentId).toBe(a.documentId);
    expect(b.id).not.toBe(a.id);
  });

  it('writes nothing when creating fails (no orphan document)', async () => {
    const { db } = env;
    const first = await createAnnotation(db, { page: page(), tagId: 'achievement', comment: '', anchor: anchor('甲', 0) }, 1);
    const otherPage = page({ fingerprint: 'e'.repeat(64), url: 'https://other.example.cn/r', sketch: [] });
    // Reusing an existing id makes add() fail after the document was written in the same transaction.
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(first.id as ReturnType<typeof crypto.randomUUID>);
    await expect(
      createAnnotation(db, { page: otherPage, tagId: 'problem', comment: '', anchor: anchor('乙', 0) }, 2),
    ).rejects.toThrow();
    expect(await db.documents.count()).toBe(1);
    expect(await db.annotations.count()).toBe(1);
  });

  it('updates comment and tag, bumping updatedAt; a no-op patch writes nothing', async () => {
    const { db } = env;
    const a = await createAnnotation(db, { page: page(), tagId: 'achievement', comment: '原评语', anchor: anchor('甲', 0) }, 1000);

    const change = await updateAnnotation(db, a.id, { comment: '新评语' }, 2000);
    expect(change?.before).toEqual(a);
    expect(change?.after).toEqual({ ...a, comment: '新评语', updatedAt: 2000 });
    expect(await db.annotations.get(a.id)).toEqual(change?.after);

    await updateAnnotation(db, a.id, { tagId: 'measure' }, 3000);
    expect(await db.annotations.get(a.id)).toEqual({ ...a, comment: '新评语', tagId: 'measure', updatedAt: 3000 });

    const noop = await updateAnnotation(db, a.id, { tagId: 'measure', comment: '新评语' }, 4000);
    expect(noop?.after).toBe(noop?.before);
    expect((await db.annotations.get(a.id))?.updatedAt).toBe(3000);

    expect(await updateAnnotation(db, 'missing', { comment: 'x' }, 5000)).toBeUndefined();
  });

  it('moves an annotation to a confirmed passage (确认 / 重新定位): anchored, undoable as a move, nothing else changed', async () => {
    const { db } = env;
    const a = await createAnnotation(db, { page: page(), tagId: 'problem', comment: '说明不足', anchor: anchor('甲乙', 0) }, 1000);
    await setAnchorStatuses(db, [{ id: a.id, status: 'uncertain' }]);
    const undo = new UndoStack(db);

    // 确认 on the same anchor: only the status changes to anchored.
    const confirmed = await undo.update(a.id, { anchor: a.anchor }, 2000);
    expect(confirmed?.after).toEqual({ ...a, anchorStatus: 'anchored', updatedAt: 2000 });
    expect(undo.peek()?.kind).toBe('move');

    // 重新定位: the new passage, anchored; a second identical move writes nothing.
    const moved = await undo.update(a.id, { anchor: anchor('丙丁', 9) }, 3000);
    expect(moved?.after).toMatchObject({ anchor: anchor('丙丁', 9), anchorStatus: 'anchored', comment: '说明不足', tagId: 'problem' });
    const again = await updateAnnotation(db, a.id, { anchor: anchor('丙丁', 9) }, 4000);
    expect(again?.after).toBe(again?.before);
    await undo.undo(5000);
    expect((await db.annotations.get(a.id))?.anchor).toEqual(a.anchor);
  });

  it('deletes several annotations and returns the rows that existed', async () => {
    const { db } = env;
    const make = (s: number) => createAnnotation(db, { page: page(), tagId: 'problem', comment: `${s}`, anchor: anchor('问题', s) }, s);
    const [a, b, c] = [await make(1), await make(2), await make(3)];

    const deleted = await deleteAnnotations(db, [c.id, 'missing', a.id, a.id]);
    expect(deleted).toEqual([c, a]);
    expect(await db.annotations.toArray()).toEqual([b]);
  });

  it('writes only the anchor statuses that changed, without touching updatedAt', async () => {
    const { db } = env;
    const a = await createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: anchor('甲', 0) }, 1);
    const b = await createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: anchor('乙', 9) }, 2);

    const written = await setAnchorStatuses(db, [
      { id: a.id, status: 'anchored' },
      { id: b.id, status: 'orphan' },
      { id: 'missing', status: 'orphan' },
    ]);
    expect(written).toBe(1);
    expect(await db.annotations.get(a.id)).toEqual(a);
    expect(await db.annotations.get(b.id)).toEqual({ ...b, anchorStatus: 'orphan' });
    expect(await setAnchorStatuses(db, [{ id: b.id, status: 'orphan' }])).toBe(0);
  });

  it('lists a document’s annotations in reading order', async () => {
    const { db } = env;
    const at = (exact: string, start: number, now: number) =>
      createAnnotation(db, { page: page(), tagId: 'measure', comment: '', anchor: anchor(exact, start) }, now);
    const late = await at('第三段', 300, 1);
    const early = await at('第一段', 10, 2);
    const sameStartLonger = await at('第一段落', 10, 3);
    const mid = await at('第二段', 120, 4);
    await createAnnotation(db, { page: page({ fingerprint: 'b'.repeat(64), url: 'https://x.example/', sketch: [] }), tagId: 'measure', comment: '', anchor: anchor('别的', 0) }, 5);

    const listed = await listDocumentAnnotations(db, late.documentId);
    expect(listed.map((a) => a.id)).toEqual([early.id, sameStartLonger.id, mid.id, late.id]);
  });
});
