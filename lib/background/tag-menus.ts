import type { TagSet } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';

const MENU_PREFIX = 'pingyue-tag:';

export function tagMenuTitle(label: string, locale: Locale): string {
  return locale === 'zh' ? `标记为「${label}」` : `Tag as “${label}”`;
}

/** The slice of `browser.contextMenus` used here (a test seam). */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: ['selection'] }): unknown;
}

/** One context-menu entry per tag of the active set, on selections only. */
export async function rebuildTagMenus(menus: MenusApi, tagSet: TagSet, locale: Locale): Promise<void> {
  await menus.removeAll();
  for (const tag of tagSet.tags) {
    menus.create({ id: `${MENU_PREFIX}${tag.id}`, title: tagMenuTitle(tag.label, locale), contexts: ['selection'] });
  }
}

export function tagIdFromMenuItem(menuItemId: string | number): string | null {
  const id = String(menuItemId);
  return id.startsWith(MENU_PREFIX) ? id.slice(MENU_PREFIX.length) : null;
}

/** `tag-slot-2` → 2 (the manifest's keyboard commands). */
export function slotOfCommand(command: string): number | null {
  const match = /^tag-slot-([1-9])$/.exec(command);
  return match ? Number(match[1]) : null;
}
