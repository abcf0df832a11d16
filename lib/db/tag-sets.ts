import type { Locale } from '@/lib/i18n/locale';
import { TagSet, type TagSetInput } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { diffTagSets } from '@/lib/tags/diff-tag-sets';
import { newSlug } from '@/lib/tags/new-slug';
import { sameTagSetContent } from '@/lib/tags/same-tag-set';
import { decideIncomingTagSet } from '@/lib/tags/incoming-tag-set';
import type { PingyueDB } from './pingyue-db';
import { getActiveTagSetId } from './settings';

/**
 * Tag set operations, each one transaction. Annotations refer to tags by id only, so editing a set
 * (rename, recolour) repaints its annotations, and deleting a tag or a set never deletes annotations:
 * they stay and are shown as 已删除的标签.
 */

const isBuiltIn = (id: string) => id === DEFAULT_TAG_SET.id;

/**
 * Brings the stored built-in set up to this build's version after an upgrade of Pingyue. Never moves it
 * back: a team may have imported a newer version of it. Returns whether it replaced the stored set.
 */
export async function refreshBuiltInTagSet(db: PingyueDB): Promise<boolean> {
  return db.transaction('rw', db.tagSets, async () => {
    const stored = await db.tagSets.get(DEFAULT_TAG_SET.id);
    if (!stored || stored.version >= DEFAULT_TAG_SET.version) return false;
    await db.tagSets.put(DEFAULT_TAG_SET);
    return true;
  });
}

/** Adds a new set (validated; a missing field gets its default). Throws if the id is taken. */
export async function createTagSet(db: PingyueDB, input: TagSetInput): Promise<TagSet> {
  const set = TagSet.parse(input);
  await db.transaction('rw', db.tagSets, () => db.tagSets.add(set));
  return set;
}

/**
 * Saves an edited set as the next version of the stored one (the input's `version` is ignored). A save
 * that changes nothing keeps the stored set and its version. The built-in set and locked sets are
 * refused: they change only by upgrading Pingyue or importing a newer version.
 */
export async function updateTagSet(db: PingyueDB, input: TagSetInput): Promise<TagSet> {
  const edited = TagSet.parse(input);
  return db.transaction('rw', db.tagSets, async () => {
    const stored = await db.tagSets.get(edited.id);
    if (!stored) throw new Error(`No tag set with id "${edited.id}"`);
    if (isBuiltIn(stored.id)) throw new Error('The built-in tag set cannot be edited; duplicate it instead');
    if (stored.locked) throw new Error(`Tag set "${stored.id}" is locked; import a newer version instead`);
    if (sameTagSetContent(stored, edited)) return stored;
    const next = { ...edited, version: stored.version + 1 };
    await db.tagSets.put(next);
    return next;
  });
}

/** A copy to edit: new id, name + 副本, unlocked, version 1 (it is a new artefact, not a new release). */
export async function duplicateTagSet(db: PingyueDB, id: string): Promise<TagSet> {
  return db.transaction('rw', db.tagSets, async () => {
    const source = await db.tagSets.get(id);
    if (!source) throw new Error(`No tag set with id "${id}"`);
    const copy: TagSet = { ...source, id: newSlug('set'), name: `${source.name.slice(0, 96)} 副本`, locked: false, version: 1 };
    await db.tagSets.add(TagSet.parse(copy));
    return copy;
  });
}

export interface TagSetUsage {
  /** Annotations whose tag id is one of the set's (other sets may share ids, e.g. a copy of the default). */
  annotations: number;
  active: boolean;
}

/** What deleting the set would affect; plain reads, so it works inside `useLiveQuery` and transactions. */
export async function usageOf(db: PingyueDB, setId: string): Promise<TagSetUsage> {
  const set = await db.tagSets.get(setId);
  const tagIds = set?.tags.map((tag) => tag.id) ?? [];
  const annotations = tagIds.length > 0 ? await db.annotations.where('tagId').anyOf(tagIds).count() : 0;
  return { annotations, active: (await getActiveTagSetId(db)) === setId };
}

/** Thrown by {@link deleteTagSet} when the set is in use and the reviewer has not confirmed. */
export class TagSetInUseError extends Error {
  constructor(readonly usage: TagSetUsage) {
    super(`Tag set is in use (${usage.annotations} annotations${usage.active ? ', active' : ''}); confirm to delete`);
  }
}

/**
 * Deletes a set; its annotations stay. The built-in set is refused. A set that is active or whose tags
 * annotations use is deleted only with `confirmed` (ask with {@link usageOf} first); after deleting the
 * active set, the built-in set becomes active.
 */
export async function deleteTagSet(db: PingyueDB, id: string, { confirmed = false } = {}): Promise<TagSetUsage> {
  if (isBuiltIn(id)) throw new Error('The built-in tag set cannot be deleted');
  return db.transaction('rw', [db.tagSets, db.settings, db.annotations], async () => {
    if (!(await db.tagSets.get(id))) throw new Error(`No tag set with id "${id}"`);
    const usage = await usageOf(db, id);
    if ((usage.active || usage.annotations > 0) && !confirmed) throw new TagSetInUseError(usage);
    await db.tagSets.delete(id);
    if (usage.active) await db.settings.put({ key: 'activeTagSetId', value: DEFAULT_TAG_SET.id });
    return usage;
  });
}

export type TagSetImportResult =
  | { outcome: 'added'; tagSet: TagSet }
  | { outcome: 'updated'; tagSet: TagSet; previousVersion: number; changes: string[] }
  | { outcome: 'unchanged'; tagSet: TagSet }
  | { outcome: 'refused'; message: string };

/**
 * Brings in a set from a team file (validated by `parseTagSetFile`) by `decideIncomingTagSet`: an
 * update says what changed, a refusal says why in `locale`, naming both versions.
 */
export async function importTagSet(db: PingyueDB, incoming: TagSet, locale: Locale): Promise<TagSetImportResult> {
  const set = TagSet.parse(incoming);
  const say = REFUSALS[locale];
  return db.transaction('rw', db.tagSets, async (): Promise<TagSetImportResult> => {
    const stored = await db.tagSets.get(set.id);
    if (!stored) {
      await db.tagSets.add(set);
      return { outcome: 'added', tagSet: set };
    }
    const decision = decideIncomingTagSet(stored, set);
    if (decision.outcome === 'unchanged') return { outcome: 'unchanged', tagSet: stored };
    if (decision.outcome === 'refused') {
      const message =
        decision.reason === 'built-in'
          ? say.builtIn(set.version, stored.version)
          : decision.reason === 'older'
            ? say.older(stored.name, set.version, stored.version)
            : say.conflict(stored.name, set.version);
      return { outcome: 'refused', message };
    }
    await db.tagSets.put(set);
    return { outcome: 'updated', tagSet: set, previousVersion: stored.version, changes: diffTagSets(stored, set, locale) };
  });
}

const REFUSALS = {
  zh: {
    older: (name: string, file: number, stored: number) =>
      `未导入：文件中的「${name}」是第 ${file} 版，比已有的第 ${stored} 版旧。标签集只能更新到更高的版本。`,
    conflict: (name: string, version: number) =>
      `未导入：文件中的「${name}」与已有的同为第 ${version} 版，但内容不同。请让维护者发布更高的版本号。`,
    builtIn: (file: number, stored: number) =>
      `未导入：内置标签集（文件中为第 ${file} 版，已有第 ${stored} 版）只随评阅升级而更新；请导入它的副本。`,
  },
  en: {
    older: (name: string, file: number, stored: number) =>
      `Not imported: the file holds version ${file} of “${name}”, older than the stored version ${stored}. A tag set only moves to a higher version.`,
    conflict: (name: string, version: number) =>
      `Not imported: the file's “${name}” and the stored one are both version ${version} but differ. Ask the maintainer to publish a higher version.`,
    builtIn: (file: number, stored: number) =>
      `Not imported: the built-in tag set (version ${file} in the file, ${stored} stored) changes only with Pingyue updates; import a copy of it instead.`,
  },
} satisfies Record<Locale, Record<string, unknown>>;
