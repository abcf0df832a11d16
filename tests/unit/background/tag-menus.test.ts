import { describe, expect, it } from 'vitest';
import { ENABLE_SITE_MENU_ID, rebuildTagMenus, slotOfCommand, tagIdFromMenuItem, tagMenuTitle, type MenusApi } from '@/lib/background/tag-menus';
import { siteAccessOf } from '@/lib/site-access/site-pattern';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';

type Created = Parameters<MenusApi['create']>[0];
async function menusFor(origins: string[]) {
  const created: Created[] = [];
  let removed = 0;
  await rebuildTagMenus({ removeAll: async () => void removed++, create: (p) => created.push(p) }, DEFAULT_TAG_SET, 'zh', siteAccessOf(origins));
  return { created, removed };
}

describe('tag menus and commands', () => {
  it('offers one 标记为「…」 entry per tag, on selections, replacing the old ones', async () => {
    const { created, removed } = await menusFor(['<all_urls>']);
    expect(removed).toBe(1);
    expect(created.map((c) => c.title)).toEqual(['标记为「成绩」', '标记为「问题」', '标记为「措施」', '标记为「原因」', '标记为「疑问」']);
    expect(created.map((c) => tagIdFromMenuItem(c.id))).toEqual(['achievement', 'problem', 'measure', 'cause', 'question']);
    expect(created.every((c) => c.documentUrlPatterns?.join() === '<all_urls>')).toBe(true);
  });

  it('in the 仅我启用的网站 mode, tags only on enabled sites and offers 在此网站启用评阅 everywhere', async () => {
    const { created } = await menusFor(['http://127.0.0.1/*', '*://oa.example.gov.cn/*']);
    const tags = created.filter((c) => tagIdFromMenuItem(c.id));
    expect(tags).toHaveLength(5);
    expect(tags[0]!.documentUrlPatterns).toEqual(['http://127.0.0.1/*', '*://oa.example.gov.cn/*']);
    const enable = created.find((c) => c.id === ENABLE_SITE_MENU_ID);
    expect(enable?.title).toBe('在此网站启用评阅');
    expect(enable?.documentUrlPatterns).toBeUndefined();
    expect(enable!.contexts).toContain('page');
  });

  it('with nothing granted offers only 在此网站启用评阅', async () => {
    const { created } = await menusFor([]);
    expect(created.map((c) => c.id)).toEqual([ENABLE_SITE_MENU_ID]);
  });

  it('speaks English to English browsers', () => expect(tagMenuTitle('问题', 'en')).toBe('Tag as “问题”'));

  it('maps keyboard commands to slots and ignores other menu items and commands', () => {
    expect(slotOfCommand('tag-slot-3')).toBe(3);
    expect(slotOfCommand('_execute_action')).toBeNull();
    expect(tagIdFromMenuItem('something-else')).toBeNull();
    expect(tagIdFromMenuItem(ENABLE_SITE_MENU_ID)).toBeNull();
  });
});
