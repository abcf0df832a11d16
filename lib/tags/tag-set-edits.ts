import { DEFAULT_ASSESSMENT_TEMPLATE, type FormSection, type Tag, type TagSet } from '@/lib/schema/tag-set';
import { newSlug } from './new-slug';

/**
 * Pure edits of a tag set draft, as the options page makes them. They keep the draft consistent
 * (a removed tag leaves the form sections that collected it) but do not validate: the editor runs the
 * schema before saving, so half-typed values may pass through here.
 */

/** Colours offered to new tags in turn: distinct from each other and readable under black text. */
const NEW_TAG_COLOURS = ['#f59e0b', '#0d9488', '#db2777', '#4f46e5', '#65a30d', '#0891b2', '#c2410c', '#7c3aed'];

/** A new set with one tag and the 述职评议 form, its sections not yet collecting any tag. */
export function blankTagSet(name: string, tagLabel: string): TagSet {
  return {
    id: newSlug('set'),
    name,
    description: '',
    version: 1,
    author: '',
    locked: false,
    tags: [newTag([], tagLabel)],
    checker: { extraTriggers: {}, disabledRules: [] },
    form: { ...DEFAULT_ASSESSMENT_TEMPLATE, sections: DEFAULT_ASSESSMENT_TEMPLATE.sections.map((s) => ({ ...s, tagIds: [] })) },
  };
}

/** A tag with the first free shortcut slot and a colour the set does not use yet. */
function newTag(existing: readonly Tag[], label: string): Tag {
  const usedSlots = new Set(existing.map((tag) => tag.shortcut));
  const usedColours = new Set(existing.map((tag) => tag.color.toLowerCase()));
  const shortcut = [1, 2, 3, 4, 5, 6, 7, 8, 9].find((slot) => !usedSlots.has(slot)) ?? null;
  const color = NEW_TAG_COLOURS.find((c) => !usedColours.has(c)) ?? NEW_TAG_COLOURS[existing.length % NEW_TAG_COLOURS.length]!;
  return { id: newSlug('tag'), label, color, shortcut, guideline: '', section: null };
}

export function addTag(set: TagSet, label: string): TagSet {
  return { ...set, tags: [...set.tags, newTag(set.tags, label)] };
}

export function updateTag(set: TagSet, index: number, patch: Partial<Tag>): TagSet {
  return { ...set, tags: set.tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)) };
}

/** Removes the tag from the set and from the form sections that collected it. */
export function removeTag(set: TagSet, index: number): TagSet {
  const removed = set.tags[index];
  if (!removed) return set;
  return {
    ...set,
    tags: set.tags.filter((_, i) => i !== index),
    form: { ...set.form, sections: set.form.sections.map((s) => ({ ...s, tagIds: s.tagIds.filter((id) => id !== removed.id) })) },
  };
}

/** Moves a tag by `delta` places (the toolbar shows tags in this order); out of range does nothing. */
export function moveTag(set: TagSet, index: number, delta: number): TagSet {
  const to = index + delta;
  if (to < 0 || to >= set.tags.length || !set.tags[index]) return set;
  const tags = [...set.tags];
  const [moved] = tags.splice(index, 1);
  tags.splice(to, 0, moved!);
  return { ...set, tags };
}

export function addFormSection(set: TagSet, title: string): TagSet {
  const section: FormSection = { id: newSlug('section'), title, tagIds: [], itemTemplate: '{{comment}}（原文：“{{quote}}”）', includeFlags: false, commentedOnly: false };
  return { ...set, form: { ...set.form, sections: [...set.form.sections, section] } };
}

export function updateFormSection(set: TagSet, index: number, patch: Partial<FormSection>): TagSet {
  return { ...set, form: { ...set.form, sections: set.form.sections.map((s, i) => (i === index ? { ...s, ...patch } : s)) } };
}

export function removeFormSection(set: TagSet, index: number): TagSet {
  return { ...set, form: { ...set.form, sections: set.form.sections.filter((_, i) => i !== index) } };
}

/** Switches a checker rule on or off. */
export function setRuleEnabled(set: TagSet, ruleId: string, enabled: boolean): TagSet {
  const others = set.checker.disabledRules.filter((id) => id !== ruleId);
  return { ...set, checker: { ...set.checker, disabledRules: enabled ? others : [...others, ruleId] } };
}

/** Replaces a rule's extra vague words; an empty list removes the rule's entry. */
export function setExtraWords(set: TagSet, ruleId: string, words: readonly string[]): TagSet {
  const { [ruleId]: _replaced, ...others } = set.checker.extraTriggers;
  return { ...set, checker: { ...set.checker, extraTriggers: words.length > 0 ? { ...others, [ruleId]: [...words] } : others } };
}

/** Words typed as one text: separated by 、 , ， ; ； / or new lines, trimmed, duplicates dropped. */
export function parseWordList(text: string): string[] {
  return [...new Set(text.split(/[、,，;；/\n]+/).map((word) => word.trim()).filter(Boolean))];
}
