import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@/lib/schema';
import { createAnnotation } from '@/lib/db/annotations';
import { UndoStack } from '@/lib/db/undo';
import { anchor, freshDb, page } from '../../fixtures/db/helpers';

describe('UndoStack', () => {
  let env: ReturnType<typeof freshDb>;
  let a: Annotation;
  let b: Annotation;
  let c: Annotation;

  beforeEach(async () => {
    env = freshDb('undo');
    const make = (tagId: string, comment: string, start: number) =>
      createAnnotation(env.db, { page: page(), tagId, comment, anchor: anchor('某段文字', start) }, 1000);
    a = await make('achievement', '亮点突出', 0);
    b = await make('problem', '表述空泛', 100);
    c = await make('measure', '措施可行', 200);
  });
  afterEach(() => env.dispose());

  /** The stored row equals the snapshot apart from the undo's own timestamp. */
  const restored = (row: Annotation, now: number) => ({ ...row, updatedAt: now });

  it('undoes a comment edit', async () => {
    const undo = new UndoStack(env.db);
    await undo.update(a.id, { comment: '改过的评语' }, 2000);
    expect(undo.peek()).toEqual({ kind: 'edit-comment', before: [a] });

    expect(await undo.undo(3000)).toEqual({ kind: 'edit-comment', before: [a] });
    expect(await env.db.annotations.get(a.id)).toEqual(restored(a, 3000));
    expect(undo.canUndo).toBe(false);
  });

  it('undoes a tag change', async () => {
    const undo = new UndoStack(env.db);
    await undo.update(b.id, { tagId: 'measure' }, 2000);
    expect(undo.peek()?.kind).toBe('change-tag');
    await undo.undo(3000);
    expect((await env.db.annotations.get(b.id))?.tagId).toBe('problem');
  });

  it('undoes a single delete and a bulk delete, most recent first', async () => {
    const undo = new UndoStack(env.db);
    await undo.delete([a.id]);
    await undo.delete([b.id, c.id]);
    expect(await env.db.annotations.count()).toBe(0);

    expect((await undo.undo(3000))?.before).toEqual([b, c]);
    expect(await env.db.annotations.toArray()).toEqual(expect.arrayContaining([restored(b, 3000), restored(c, 3000)]));
    expect(await env.db.annotations.get(a.id)).toBeUndefined();

    await undo.undo(4000);
    expect(await env.db.annotations.get(a.id)).toEqual(restored(a, 4000));
    expect(await undo.undo(5000)).toBeUndefined();
  });

  it('undoes successive edits of one annotation step by step', async () => {
    const undo = new UndoStack(env.db);
    await undo.update(a.id, { comment: '第一次修改' }, 2000);
    await undo.update(a.id, { comment: '第二次修改', tagId: 'problem' }, 3000);
    expect(undo.peek()?.kind).toBe('edit');

    await undo.undo(4000);
    expect(await env.db.annotations.get(a.id)).toMatchObject({ comment: '第一次修改', tagId: 'achievement' });
    await undo.undo(5000);
    expect(await env.db.annotations.get(a.id)).toMatchObject({ comment: '亮点突出', tagId: 'achievement' });
  });

  it('records nothing for a missing annotation, an unchanged edit or an empty delete', async () => {
    const undo = new UndoStack(env.db);
    await undo.update('missing', { comment: 'x' }, 2000);
    await undo.update(a.id, { comment: a.comment }, 2000);
    await undo.delete(['missing']);
    expect(undo.canUndo).toBe(false);
  });

  it('forgets the oldest steps beyond its limit', async () => {
    const undo = new UndoStack(env.db, 2);
    await undo.update(a.id, { comment: '1' }, 2000);
    await undo.update(a.id, { comment: '2' }, 3000);
    await undo.update(a.id, { comment: '3' }, 4000);
    await undo.undo(5000);
    await undo.undo(6000);
    expect(undo.canUndo).toBe(false);
    expect((await env.db.annotations.get(a.id))?.comment).toBe('1');
  });

  it('keeps the step when restoring fails, and writes nothing', async () => {
    const undo = new UndoStack(env.db);
    await undo.delete([a.id, b.id]);
    vi.spyOn(env.db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    await expect(undo.undo(3000)).rejects.toThrow('disk full');
    expect(await env.db.annotations.toArray()).toEqual([c]);
    expect(undo.canUndo).toBe(true);

    await undo.undo(4000);
    expect(await env.db.annotations.count()).toBe(3);
  });
});
