import { useState } from 'react';
import type { OptionsText } from '@/lib/i18n/options-text';
import { ALL_SITES } from '@/lib/site-access/site-pattern';
import type { Status } from '@/components/ui/StatusBanner';
import { siteName, type SitePermissions } from './use-site-access';

/**
 * Asking the browser for site access and giving it back, with what happened as a status line: shared
 * by the options page's 网站访问 and the welcome page. Each change must be called straight from a click:
 * the browser shows its prompt only while it still sees the click. The background follows every grant
 * and removal (content script, menus), so this only asks the browser.
 */
export function useSiteChanges(text: OptionsText, permissions: SitePermissions) {
  const [status, setStatus] = useState<Status | null>(null);
  const name = (pattern: string) => siteName(pattern, text.siteLocalFiles);
  const failed = (error: unknown): Status => ({ kind: 'error', message: text.siteFailed + (error instanceof Error ? error.message : String(error)) });

  const request = async (origins: string[], enabled: string): Promise<boolean> => {
    try {
      const granted = await permissions.request({ origins });
      setStatus({ kind: 'info', message: granted ? enabled : text.siteDeclined });
      return granted;
    } catch (error) {
      setStatus(failed(error));
      return false;
    }
  };
  const remove = async (origins: string[], removed: string) => {
    try {
      setStatus((await permissions.remove({ origins })) ? { kind: 'info', message: removed } : { kind: 'error', message: text.siteNotRemoved });
    } catch (error) {
      setStatus(failed(error));
    }
  };

  return {
    status,
    name,
    chooseAllSites: () => request([ALL_SITES], text.siteAllGranted),
    chooseOnlyEnabled: () => void remove([ALL_SITES], text.siteAllRemoved),
    enableSites: (patterns: string[]) => request(patterns, text.siteEnabled(patterns.map(name))),
    removeSite: (pattern: string) => void remove([pattern], text.siteRemoved(name(pattern))),
  };
}
