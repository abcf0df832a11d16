import { describe, expect, it } from 'vitest';
import { rebuildTagMenus, slotOfCommand, tagIdFromMenuItem, tagMenuTitle } from '@/lib/background/tag-menus';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

describe('tag menus and commands', () => {
  it('offers one 标记为「…」 entry per tag, on selections, replacing the old ones', async () => {
    const created: { id: string; title: string }[] = [];
    let removed = 0;
    await rebuildTagMenus({ removeAll: async () => void removed++, create: (p) => created.push(p) }, DEFAULT_TAG_SET, 'zh');
    expect(removed).toBe(1);
    expect(created.map((c) => c.title)).toEqual(['标记为「成绩」', '标记为「问题」', '标记为「措施」', '标记为「原因」', '标记为「疑问」']);
    expect(created.map((c) => tagIdFromMenuItem(c.id))).toEqual(['achievement', 'problem', 'measure', 'cause', 'question']);
  });

  it('speaks English to English browsers', () => expect(tagMenuTitle('问题', 'en')).toBe('Tag as “问题”'));

  it('maps keyboard commands to slots and ignores other menu items and commands', () => {
    expect(slotOfCommand('tag-slot-3')).toBe(3);
    expect(slotOfCommand('_execute_action')).toBeNull();
    expect(tagIdFromMenuItem('something-else')).toBeNull();
  });
});
