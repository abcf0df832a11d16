import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { getActiveTagSet, getActiveTagSetId, setActiveTagSetId } from '@/lib/db/settings';
import { freshDb } from '../../fixtures/db/helpers';

describe('populate and settings', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('settings');
  });
  afterEach(() => env.dispose());

  it('a new database holds the default tag set, and it is active', async () => {
    const { db } = env;
    expect(await db.tagSets.toArray()).toEqual([DEFAULT_TAG_SET]);
    expect(await db.settings.get('activeTagSetId')).toEqual({ key: 'activeTagSetId', value: DEFAULT_TAG_SET.id });
    expect(await getActiveTagSetId(db)).toBe(DEFAULT_TAG_SET.id);
    expect(await getActiveTagSet(db)).toEqual(DEFAULT_TAG_SET);
  });

  it('switches to a stored tag set and refuses an unknown one', async () => {
    const { db } = env;
    const custom = { ...DEFAULT_TAG_SET, id: 'team-a', name: '甲部门' };
    await db.tagSets.add(custom);

    await setActiveTagSetId(db, 'team-a');
    expect(await getActiveTagSet(db)).toEqual(custom);

    await expect(setActiveTagSetId(db, 'missing')).rejects.toThrow(/missing/);
    expect(await getActiveTagSetId(db)).toBe('team-a');
  });

  it('falls back to the default set when the stored value is invalid or its set was deleted', async () => {
    const { db } = env;
    await db.settings.put({ key: 'activeTagSetId', value: 42 });
    expect(await getActiveTagSetId(db)).toBe(DEFAULT_TAG_SET.id);

    await db.tagSets.add({ ...DEFAULT_TAG_SET, id: 'gone' });
    await setActiveTagSetId(db, 'gone');
    await db.tagSets.delete('gone');
    expect(await getActiveTagSet(db)).toEqual(DEFAULT_TAG_SET);
  });
});
