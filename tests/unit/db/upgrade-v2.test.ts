import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { scheme1Identity, TagSet } from '@/lib/schema';
import { PingyueDB } from '@/lib/db/pingyue-db';
import { getActiveTagSet } from '@/lib/db';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { DEFAULT_ASSESSMENT_TEMPLATE } from '@/lib/schema/tag-set';
import { createV2Database, V2_ANNOTATION, V2_DOCUMENT, V2_TEAM_SET } from '../../fixtures/db/v2-database';
import { uniqueDbName } from '../../fixtures/db/helpers';

describe('PingyueDB upgrade from version 2 (release 0.1.0)', () => {
  let name: string;
  let db: PingyueDB | undefined;

  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('gives tag sets the new fields’ defaults, replaces the built-in set, keeps notes and settings', async () => {
    name = uniqueDbName('upgrade-v2');
    await createV2Database(name);
    db = new PingyueDB(name);

    expect(await db.tagSets.get(DEFAULT_TAG_SET.id)).toEqual(DEFAULT_TAG_SET);
    const team = await db.tagSets.get(V2_TEAM_SET.id);
    expect(team).toEqual({
      ...V2_TEAM_SET,
      description: '',
      author: '',
      locked: false,
      tags: V2_TEAM_SET.tags.map((t) => ({ ...t, guideline: '', section: null })),
      checker: { extraTriggers: {}, disabledRules: [] },
      form: DEFAULT_ASSESSMENT_TEMPLATE,
    });
    for (const set of await db.tagSets.toArray()) expect(TagSet.safeParse(set).success).toBe(true);

    // The reviewer's choice and work survive untouched.
    expect((await getActiveTagSet(db)).id).toBe(V2_TEAM_SET.id);
    expect(await db.documents.toArray()).toEqual([{ ...V2_DOCUMENT, ...scheme1Identity(), origins: ['https://oa.example.cn'] }]);
    expect(await db.annotations.toArray()).toEqual([V2_ANNOTATION]);
    expect(await db.assessments.count()).toBe(0);
    expect(db.verno).toBe(6);
  });
});
