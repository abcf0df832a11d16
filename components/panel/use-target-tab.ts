import { useEffect, useState } from 'react';

/**
 * The tab the panel works on: the active tab of its window, followed as the reviewer switches tabs.
 * `?tabId=N` pins it (the panel opened as a normal tab, as the e2e tests and Firefox users may do).
 */
export function useTargetTab(search: string): number | null {
  const pinned = Number(new URLSearchParams(search).get('tabId'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(pinned) && pinned > 0 ? pinned : null);

  useEffect(() => {
    if (Number.isInteger(pinned) && pinned > 0) return;
    const update = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void update();
    const onActivated = () => void update();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);

  return tabId;
}
