/** Pingyue speaks Chinese first; English when none of the browser's languages is Chinese. */
export type Locale = 'zh' | 'en';

export function detectLocale(languages: readonly string[]): Locale {
  if (languages.length === 0) return 'zh';
  return languages.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/** A message in both languages; pick with `pick(text, locale)`. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const pick = (text: Bilingual, locale: Locale): string => text[locale];

/** The language tag of `locale` for `<html lang>` and `localeCompare`. */
export const languageTag = (locale: Locale): 'zh-CN' | 'en' => (locale === 'zh' ? 'zh-CN' : 'en');
