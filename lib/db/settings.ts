import type { TagSet } from '@/lib/schema';
import { Settings, type SettingKey } from '@/lib/schema/settings';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { PingyueDB } from './pingyue-db';

/** Reads a setting, or `undefined` when it is missing or its stored value no longer fits its schema. */
async function getSetting<K extends SettingKey>(db: PingyueDB, key: K): Promise<Settings[K] | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = Settings.shape[key].safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The active tag set's id. Falls back to the built-in set, so callers always get a usable id even
 * before the first `populate` or after a bad write.
 */
export async function getActiveTagSetId(db: PingyueDB): Promise<string> {
  return (await getSetting(db, 'activeTagSetId')) ?? DEFAULT_TAG_SET.id;
}

/**
 * The active tag set; the built-in one if the stored id points at a deleted set. Both reads start
 * before the first `await`: a `useLiveQuery` in another page only observes reads it sees begin in its
 * own zone, and a read started after an `await` in a nested async function may escape it (the panel
 * then missed tag-set edits made in the options page). The tag-set table is small.
 */
export async function getActiveTagSet(db: PingyueDB): Promise<TagSet> {
  const [id, sets] = await Promise.all([getActiveTagSetId(db), db.tagSets.toArray()]);
  return sets.find((set) => set.id === id) ?? DEFAULT_TAG_SET;
}

/** Makes `id` the active tag set. Throws if no such set is stored, so the setting never dangles. */
export async function setActiveTagSetId(db: PingyueDB, id: string): Promise<void> {
  const value = Settings.shape.activeTagSetId.parse(id);
  await db.transaction('rw', db.settings, db.tagSets, async () => {
    if (!(await db.tagSets.get(value))) throw new Error(`No tag set with id "${value}"`);
    await db.settings.put({ key: 'activeTagSetId', value });
  });
}
