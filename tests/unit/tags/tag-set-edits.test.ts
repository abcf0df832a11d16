import { describe, expect, it } from 'vitest';
import { TagSet } from '@/lib/schema/tag-set';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import {
  addFormSection,
  addTag,
  blankTagSet,
  moveTag,
  parseWordList,
  removeFormSection,
  removeTag,
  setExtraWords,
  setRuleEnabled,
  updateTag,
} from '@/lib/tags/tag-set-edits';

describe('tag set edits', () => {
  it('a blank set is valid as it is', () => {
    const blank = blankTagSet('新标签集', '新标签');
    expect(TagSet.safeParse(blank).success).toBe(true);
    expect(blank.tags).toEqual([expect.objectContaining({ label: '新标签', shortcut: 1 })]);
  });

  it('a new tag takes the first free slot and an unused colour', () => {
    const set = addTag(DEFAULT_TAG_SET, '亮点');
    const added = set.tags.at(-1)!;
    expect(added).toMatchObject({ label: '亮点', shortcut: 6, guideline: '', section: null });
    expect(DEFAULT_TAG_SET.tags.map((t) => t.color)).not.toContain(added.color);
    expect(TagSet.safeParse(set).success).toBe(true);
  });

  it('removing a tag also removes it from the form sections', () => {
    const set = removeTag(DEFAULT_TAG_SET, 1); // 问题
    expect(set.tags.map((t) => t.id)).toEqual(['achievement', 'measure', 'cause', 'question']);
    expect(set.form.sections[1]!.tagIds).toEqual(['cause']);
  });

  it('moves tags within bounds only', () => {
    expect(moveTag(DEFAULT_TAG_SET, 0, 1).tags.map((t) => t.id).slice(0, 2)).toEqual(['problem', 'achievement']);
    expect(moveTag(DEFAULT_TAG_SET, 0, -1)).toBe(DEFAULT_TAG_SET);
    expect(updateTag(DEFAULT_TAG_SET, 0, { label: '业绩' }).tags[0]!.label).toBe('业绩');
  });

  it('adds and removes form sections', () => {
    const added = addFormSection(DEFAULT_TAG_SET, '其他');
    expect(added.form.sections.map((s) => s.title)).toEqual(['主要成绩', '存在问题', '意见建议', '其他']);
    expect(removeFormSection(added, 0).form.sections.map((s) => s.title)).toEqual(['存在问题', '意见建议', '其他']);
  });

  it('switches rules and sets extra words', () => {
    const off = setRuleEnabled(DEFAULT_TAG_SET, 'objective-cause', false);
    expect(off.checker.disabledRules).toEqual(['objective-cause']);
    expect(setRuleEnabled(off, 'objective-cause', true).checker.disabledRules).toEqual([]);
    const words = setExtraWords(DEFAULT_TAG_SET, 'vague-measure', parseWordList('狠抓落实、 久久为功\n狠抓落实,'));
    expect(words.checker.extraTriggers).toEqual({ 'vague-measure': ['狠抓落实', '久久为功'] });
    expect(setExtraWords(words, 'vague-measure', []).checker.extraTriggers).toEqual({});
  });
});
