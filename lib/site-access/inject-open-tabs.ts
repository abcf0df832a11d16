/**
 * A registered content script only reaches pages loaded after it was registered. When the reviewer
 * installs Pingyue or enables a site, the report is usually already open: inject into those tabs
 * too, so they need no reload. (The content script ignores a second injection into the same page.)
 */

/** The slice of `browser.tabs` and `browser.scripting` used here; `File` is the built script's path type. */
export interface InjectApi<File extends string> {
  tabs: { query(query: { url: string[] }): Promise<{ id?: number }[]> };
  scripting: { executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: File[] }): Promise<unknown> };
}

/** Injects `file` into every frame of the open tabs whose address matches `patterns`; returns how many tabs took it. */
export async function injectIntoOpenTabs<File extends string>(api: InjectApi<File>, patterns: readonly string[], file: File): Promise<number> {
  if (patterns.length === 0) return 0;
  const tabs = await api.tabs.query({ url: [...patterns] });
  const results = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return false;
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [file] });
        return true;
      } catch {
        // A tab that closed, navigated to a page we may not touch, or is still the browser's error page.
        return false;
      }
    }),
  );
  return results.filter(Boolean).length;
}
