import type { TagSet } from '@/lib/schema';
import type { Locale } from '@/lib/i18n/locale';
import { MENU_TEXT } from '@/lib/i18n/menu-text';
import { contentScriptMatches, type SiteAccess } from '@/lib/site-access/site-pattern';

const MENU_PREFIX = 'pingyue-tag:';
export const ENABLE_SITE_MENU_ID = 'pingyue-enable-site';

export function tagMenuTitle(label: string, locale: Locale): string {
  return MENU_TEXT[locale].tagAs(label);
}

export function enableSiteMenuTitle(locale: Locale): string {
  return MENU_TEXT[locale].enableSite;
}

type MenuContext = 'selection' | 'page' | 'frame';

/** The slice of `browser.contextMenus` used here (a test seam). */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: [MenuContext, ...MenuContext[]]; documentUrlPatterns?: string[] }): unknown;
}

/**
 * One 标记为「…」 entry per tag of the active set, on selections, only where Pingyue runs; and, unless it
 * runs everywhere, 在此网站启用评阅 for the page (or frame) the reviewer right-clicked.
 */
export async function rebuildTagMenus(menus: MenusApi, tagSet: TagSet, locale: Locale, access: SiteAccess): Promise<void> {
  await menus.removeAll();
  const where = contentScriptMatches(access);
  if (where.length > 0) {
    for (const tag of tagSet.tags) {
      menus.create({ id: `${MENU_PREFIX}${tag.id}`, title: tagMenuTitle(tag.label, locale), contexts: ['selection'], documentUrlPatterns: where });
    }
  }
  if (!access.allSites) menus.create({ id: ENABLE_SITE_MENU_ID, title: enableSiteMenuTitle(locale), contexts: ['page', 'frame', 'selection'] });
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
