import { isSinglePattern } from './site-pattern';

/**
 * The options page's address for "enable these sites", written by the context menu when the browser
 * will not show its prompt from the background, and read by the options page.
 */
const ASK_PREFIX = '#site-access?add=';

export function siteAccessPageHash(patterns: readonly string[]): string {
  return `${ASK_PREFIX}${encodeURIComponent(patterns.join(' '))}`;
}

/** The sites such an address asks for; anything but single sites is dropped, so the page never asks for more than it lists. */
export function sitesAskedIn(hash: string): string[] {
  if (!hash.startsWith(ASK_PREFIX)) return [];
  try {
    return [...new Set(decodeURIComponent(hash.slice(ASK_PREFIX.length)).split(' ').filter(isSinglePattern))];
  } catch {
    return [];
  }
}
