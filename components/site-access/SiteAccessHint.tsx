import { useEffect, useState, type ReactNode } from 'react';
import type { PanelText } from '@/lib/i18n/panel-text';
import { ALL_SITES, isCoveredBy, sitePatternOfUrl, type SiteAccess } from '@/lib/site-access/site-pattern';
import { siteName, type SitePermissions } from './use-site-access';

/** The slice of `browser.tabs` used here; tests pass a fake. */
export interface HintTabs {
  get(tabId: number): Promise<{ url?: string }>;
  create(properties: { url: string }): Promise<unknown>;
}

interface Props {
  tabId: number;
  access: SiteAccess;
  text: PanelText;
  /** Shown when the site is enabled (or every site is): the page simply has no report text. */
  fallback: ReactNode;
  permissions?: SitePermissions;
  tabs?: HintTabs;
}

/** What the panel sees of the tab's address. */
type TabAddress = { kind: 'asking' } | { kind: 'hidden' } | { kind: 'known'; url: string } | { kind: 'gone' };

/**
 * The side panel's answer when the tab shows no report text because Pingyue may not read the site.
 * Pingyue has no `tabs` permission, so the tab's address is hidden exactly where it has no host access:
 * a hidden address means the site is not enabled.
 */
export function SiteAccessHint({ tabId, access, text, fallback, permissions = browser.permissions, tabs = browser.tabs }: Props) {
  const [address, setAddress] = useState<TabAddress>({ kind: 'asking' });
  const [problem, setProblem] = useState<string | null>(null);

  // Asked again when access changes: a grant reveals the address.
  useEffect(() => {
    if (access.allSites) return;
    let live = true;
    setAddress({ kind: 'asking' });
    setProblem(null);
    tabs.get(tabId).then(
      (tab) => live && setAddress(tab.url === undefined ? { kind: 'hidden' } : { kind: 'known', url: tab.url }),
      () => live && setAddress({ kind: 'gone' }), // the tab closed meanwhile
    );
    return () => {
      live = false;
    };
  }, [tabId, access, tabs]);

  if (access.allSites || address.kind === 'gone') return fallback;
  if (address.kind === 'asking') return null;
  const pattern = address.kind === 'known' ? sitePatternOfUrl(address.url) : null;
  // A known address normally means the site is enabled; offer it only when no grant covers it.
  if (address.kind === 'known' && (pattern === null || isCoveredBy(access.sites, address.url))) return fallback;

  // Called straight from the click: the browser shows its prompt only while it still sees the click.
  const request = async (origins: string[]) => {
    try {
      if (!(await permissions.request({ origins }))) setProblem(text.siteDeclined);
    } catch (error) {
      setProblem(text.siteFailed + (error instanceof Error ? error.message : String(error)));
    }
  };
  const manageSites = () => void tabs.create({ url: `${browser.runtime.getURL('/options.html')}#site-access` });

  return (
    <div className="site-hint" data-testid="site-access-hint">
      <h2>{text.siteNotRunning}</h2>
      <p>{text.siteNotRunningHint}</p>
      <div className="row wrap">
        {pattern === null ? (
          <button type="button" onClick={() => void request([ALL_SITES])}>{text.siteEnableAll}</button>
        ) : (
          <button type="button" onClick={() => void request([pattern])}>{text.siteEnableThis(siteName(pattern, text.siteLocalFiles))}</button>
        )}
        <button type="button" onClick={manageSites}>{text.siteManage}</button>
      </div>
      <p role="status">{problem}</p>
    </div>
  );
}
