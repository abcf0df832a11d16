import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, listDocumentAnnotations } from '@/lib/db/annotations';
import { getActiveTagSet, getActiveTagSetId, setActiveTagSetId } from '@/lib/db/settings';
import {
  createTagSet,
  deleteTagSet,
  duplicateTagSet,
  importTagSet,
  refreshBuiltInTagSet,
  TagSetInUseError,
  updateTagSet,
  usageOf,
} from '@/lib/db/tag-sets';
import type { TagSet } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { parseTagSetFile } from '@/lib/tags/tag-set-file';
import { anchor, dumpDb, freshDb, page } from '../../fixtures/db/helpers';

const team: TagSet = {
  ...DEFAULT_TAG_SET,
  id: 'team-a',
  name: '甲部门评议',
  version: 1,
  tags: [
    { id: 'good', label: '亮点', color: '#f59e0b', shortcut: 1, guideline: '有特色的做法', section: 'achievement' },
    { id: 'weak', label: '短板', color: '#dc2626', shortcut: 2, guideline: '', section: 'problem' },
  ],
};

describe('tag set operations', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('tag-sets');
  });
  afterEach(() => env.dispose());

  it('creates a set, filling defaults, and refuses a taken id', async () => {
    const { db } = env;
    const created = await createTagSet(db, { id: 'new-set', name: '新标签集', version: 1, tags: [{ id: 'x', label: '标签', color: '#000000', shortcut: null }] });
    expect(created).toMatchObject({ locked: false, author: '', description: '' });
    expect(await db.tagSets.get('new-set')).toEqual(created);
    await expect(createTagSet(db, created)).rejects.toThrow();
  });

  it('an update bumps the version; a save without changes does not', async () => {
    const { db } = env;
    await createTagSet(db, team);
    const renamed = await updateTagSet(db, { ...team, tags: [{ ...team.tags[0]!, label: '特色亮点' }, team.tags[1]!] });
    expect(renamed.version).toBe(2);
    expect(await db.tagSets.get('team-a')).toEqual(renamed);
    expect(await updateTagSet(db, { ...renamed, version: 99 })).toEqual(renamed);
  });

  it('refuses to edit the built-in set or a locked one', async () => {
    const { db } = env;
    await expect(updateTagSet(db, { ...DEFAULT_TAG_SET, name: '改名' })).rejects.toThrow(/built-in/);
    await createTagSet(db, { ...team, locked: true });
    await expect(updateTagSet(db, { ...team, locked: false, name: '改名' })).rejects.toThrow(/locked/);
    expect((await db.tagSets.get('team-a'))?.name).toBe('甲部门评议');
  });

  it('duplicates as a new unlocked set, version 1, named 副本', async () => {
    const { db } = env;
    await createTagSet(db, { ...team, locked: true, version: 4 });
    const copy = await duplicateTagSet(db, 'team-a');
    expect(copy.id).not.toBe('team-a');
    expect(copy).toMatchObject({ name: '甲部门评议 副本', locked: false, version: 1, tags: team.tags });
    expect(await db.tagSets.get(copy.id)).toEqual(copy);
    const builtInCopy = await duplicateTagSet(db, DEFAULT_TAG_SET.id);
    expect(builtInCopy.name).toBe('述职评议（默认） 副本');
  });

  describe('delete', () => {
    it('refuses the built-in set', async () => {
      await expect(deleteTagSet(env.db, DEFAULT_TAG_SET.id, { confirmed: true })).rejects.toThrow(/built-in/);
      expect(await env.db.tagSets.get(DEFAULT_TAG_SET.id)).toEqual(DEFAULT_TAG_SET);
    });

    it('deletes an unused set without asking', async () => {
      await createTagSet(env.db, team);
      expect(await usageOf(env.db, 'team-a')).toEqual({ annotations: 0, active: false });
      await deleteTagSet(env.db, 'team-a');
      expect(await env.db.tagSets.get('team-a')).toBeUndefined();
    });

    it('counts annotations using its tags, asks for confirmation, and keeps the annotations', async () => {
      const { db } = env;
      await createTagSet(db, team);
      await setActiveTagSetId(db, 'team-a');
      const a = await createAnnotation(db, { page: page(), tagId: 'good', comment: '好做法', anchor: anchor('首创', 10) }, 1);
      await createAnnotation(db, { page: page(), tagId: 'weak', comment: '', anchor: anchor('不足', 40) }, 2);
      await createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: anchor('问题', 80) }, 3);

      expect(await usageOf(db, 'team-a')).toEqual({ annotations: 2, active: true });
      const before = await dumpDb(db);
      const refusal = await deleteTagSet(db, 'team-a').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(TagSetInUseError);
      expect((refusal as TagSetInUseError).usage).toEqual({ annotations: 2, active: true });
      expect(await dumpDb(db)).toEqual(before);

      await deleteTagSet(db, 'team-a', { confirmed: true });
      expect(await db.tagSets.get('team-a')).toBeUndefined();
      // The active set was deleted: the built-in one takes over, and the annotation keeps its tag id
      // (the panel and the page show it as 已删除的标签).
      expect(await getActiveTagSetId(db)).toBe(DEFAULT_TAG_SET.id);
      const kept = await listDocumentAnnotations(db, a.documentId);
      expect(kept.map((row) => row.tagId)).toEqual(['good', 'weak', 'problem']);
      expect((await getActiveTagSet(db)).tags.some((tag) => tag.id === 'good')).toBe(false);
    });
  });

  describe('import', () => {
    it('adds a new set, then updates it to a higher version and says what changed', async () => {
      const { db } = env;
      expect(await importTagSet(db, team, 'zh')).toEqual({ outcome: 'added', tagSet: team });
      const v2: TagSet = { ...team, version: 2, tags: [{ ...team.tags[0]!, color: '#eab308' }, { ...team.tags[1]!, label: '差距' }] };
      expect(await importTagSet(db, v2, 'zh')).toEqual({
        outcome: 'updated',
        tagSet: v2,
        previousVersion: 1,
        changes: ['标签「亮点」颜色 #f59e0b → #eab308', '标签「短板」改名为「差距」'],
      });
      expect(await db.tagSets.get('team-a')).toEqual(v2);
    });

    it('a newer version replaces even a locked set', async () => {
      const { db } = env;
      await importTagSet(db, { ...team, locked: true }, 'zh');
      const result = await importTagSet(db, { ...team, locked: true, version: 2, name: '甲部门评议（修订）' }, 'en');
      expect(result).toMatchObject({ outcome: 'updated', changes: ['Name: “甲部门评议” → “甲部门评议（修订）”'] });
    });

    it('the same version with the same content changes nothing', async () => {
      const { db } = env;
      await importTagSet(db, team, 'zh');
      const before = await dumpDb(db);
      // Key order differs from the stored row: content is compared, not text.
      const reordered = Object.fromEntries(Object.entries(team).reverse()) as TagSet;
      expect(await importTagSet(db, reordered, 'zh')).toEqual({ outcome: 'unchanged', tagSet: team });
      expect(await importTagSet(db, DEFAULT_TAG_SET, 'zh')).toMatchObject({ outcome: 'unchanged' });
      expect(await dumpDb(db)).toEqual(before);
    });

    it('refuses an older version, a same-version conflict and a changed built-in set, naming the versions', async () => {
      const { db } = env;
      await importTagSet(db, { ...team, version: 3 }, 'zh');
      const before = await dumpDb(db);
      expect(await importTagSet(db, { ...team, version: 2 }, 'zh')).toEqual({
        outcome: 'refused',
        message: '未导入：文件中的「甲部门评议」是第 2 版，比已有的第 3 版旧。标签集只能更新到更高的版本。',
      });
      expect(await importTagSet(db, { ...team, version: 2 }, 'en')).toMatchObject({ message: expect.stringMatching(/version 2 .* version 3/) });
      expect(await importTagSet(db, { ...team, version: 3, name: '别的' }, 'zh')).toMatchObject({ outcome: 'refused', message: expect.stringMatching(/同为第 3 版/) });
      expect(await importTagSet(db, { ...DEFAULT_TAG_SET, version: 9, name: '改' }, 'zh')).toMatchObject({
        outcome: 'refused',
        message: expect.stringContaining(`内置标签集（文件中为第 9 版，已有第 ${DEFAULT_TAG_SET.version} 版）`),
      });
      expect(await dumpDb(db)).toEqual(before);
    });

    it('an upgrade of Pingyue brings the built-in set forward, never back', async () => {
      const { db } = env;
      await db.tagSets.put({ ...DEFAULT_TAG_SET, version: DEFAULT_TAG_SET.version - 1, form: { ...DEFAULT_TAG_SET.form, title: '旧表' } });
      expect(await refreshBuiltInTagSet(db)).toBe(true);
      expect(await db.tagSets.get(DEFAULT_TAG_SET.id)).toEqual(DEFAULT_TAG_SET);
      await db.tagSets.put({ ...DEFAULT_TAG_SET, version: DEFAULT_TAG_SET.version + 5, name: '团队更新的版本' });
      expect(await refreshBuiltInTagSet(db)).toBe(false);
      expect((await db.tagSets.get(DEFAULT_TAG_SET.id))?.name).toBe('团队更新的版本');
    });

    it('bad files are refused before the database is touched', async () => {
      const { db } = env;
      const before = await dumpDb(db);
      const bad = [
        'not json',
        JSON.stringify({ format: 'pingyue/annotations', version: 1 }),
        JSON.stringify({ format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00Z', tagSet: { ...team, tags: [team.tags[0], team.tags[0]] } }),
        JSON.stringify({ format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00Z', tagSet: { ...team, tags: [{ ...team.tags[0], label: '' }] } }),
        JSON.stringify({ format: 'pingyue/tagset', version: 1, exportedAt: '2025-01-31T08:00:00Z', tagSet: { ...team, tags: [{ ...team.tags[0], color: 'red' }] } }),
      ];
      const fields = [/JSON/, /批注文件，不是标签集文件/, /tagSet\.tags\[1\]\.id/, /tagSet\.tags\[0\]\.label/, /tagSet\.tags\[0\]\.color/];
      for (const [i, text] of bad.entries()) {
        const parsed = await parseTagSetFile(text, 'zh');
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(fields[i]!);
      }
      await expect(importTagSet(db, { ...team, tags: [{ ...team.tags[0]!, color: 'red' }] }, 'zh')).rejects.toThrow();
      expect(await dumpDb(db)).toEqual(before);
    });
  });
});
