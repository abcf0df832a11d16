import { siteAccessPageHash } from '@/lib/site-access/site-access-page';
import { sitePatternsOfUrls } from '@/lib/site-access/site-pattern';

export interface EnableSiteApi {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  /** Opens the options page at `hash`. */
  openOptions(hash: string): Promise<unknown>;
}

export type EnableSiteOutcome = 'granted' | 'declined' | 'asked-in-options' | 'not-a-site';

/**
 * 在此网站启用评阅 from the context menu: asks the browser for the right-clicked page's site and, when
 * the report sits in a frame from another site, for that one too. Where the browser refuses to show
 * its prompt from the background (no user gesture reached it), the options page asks instead.
 */
export async function enableSiteFromMenu(info: { pageUrl?: string; frameUrl?: string }, api: EnableSiteApi): Promise<EnableSiteOutcome> {
  const origins = sitePatternsOfUrls([info.pageUrl, info.frameUrl]);
  if (origins.length === 0) return 'not-a-site';
  try {
    return (await api.permissions.request({ origins })) ? 'granted' : 'declined';
  } catch {
    await api.openOptions(siteAccessPageHash(origins));
    return 'asked-in-options';
  }
}
