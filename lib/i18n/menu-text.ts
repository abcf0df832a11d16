import type { Locale } from './locale';

/** The background's context-menu entries. */
export const MENU_TEXT = {
  zh: {
    tagAs: (label: string) => `标记为「${label}」`,
    enableSite: '在此网站启用评阅',
  },
  en: {
    tagAs: (label: string) => `Tag as “${label}”`,
    enableSite: 'Enable Pingyue on this site',
  },
} satisfies Record<Locale, unknown>;
