import { useEffect, useState } from 'react';
import { LOCAL_FILES, siteAccessOf, siteLabel, type SiteAccess } from '@/lib/site-access/site-pattern';

type PermissionsListener = (permissions: { origins?: string[] }) => void;

/** The slice of `browser.permissions` the site-access UI uses; tests pass a fake. */
export interface SitePermissions {
  getAll(): Promise<{ origins?: string[] }>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  onAdded: { addListener(listener: PermissionsListener): void; removeListener(listener: PermissionsListener): void };
  onRemoved: { addListener(listener: PermissionsListener): void; removeListener(listener: PermissionsListener): void };
}

/** The sites Pingyue may read, kept live: the reviewer may also change them in the browser's own settings. */
export function useSiteAccess(permissions: SitePermissions = browser.permissions): SiteAccess | undefined {
  const [access, setAccess] = useState<SiteAccess>();

  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      // Two quick changes: only the answer to the last question counts.
      const asked = ++latest;
      permissions.getAll().then(
        (all) => {
          if (live && asked === latest) setAccess(siteAccessOf(all.origins));
        },
        (error: unknown) => console.error(error),
      );
    };
    load();
    permissions.onAdded.addListener(load);
    permissions.onRemoved.addListener(load);
    return () => {
      live = false;
      permissions.onAdded.removeListener(load);
      permissions.onRemoved.removeListener(load);
    };
  }, [permissions]);

  return access;
}

/** How a granted site reads in the UI: `siteLabel`, with local files named in the reviewer's language. */
export const siteName = (pattern: string, localFiles: string): string => (pattern === LOCAL_FILES ? localFiles : siteLabel(pattern));
