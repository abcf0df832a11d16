import { contentScriptMatches, siteAccessOf } from './site-pattern';

/**
 * Keeps the one runtime-registered content script in step with the host permissions the reviewer has
 * granted: registered for `<all_urls>` in the 所有网站 mode, for the enabled sites otherwise, and
 * not at all when nothing is granted. (Host access is optional, so the script cannot sit in the manifest.)
 */

export const CONTENT_SCRIPT_ID = 'pingyue-content';

export interface ContentScriptSpec {
  /** The built script, e.g. `/content-scripts/content.js`. */
  file: string;
  /** Firefox's registerContentScripts does not take `matchOriginAsFallback`. */
  firefox: boolean;
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
  matchOriginAsFallback?: boolean;
}

/** The slice of `browser.scripting` and `browser.permissions` used here (a test seam). */
export interface RegistrationApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

export function registrationFor(matches: string[], spec: ContentScriptSpec): RegisteredScript {
  return {
    id: CONTENT_SCRIPT_ID,
    js: [spec.file],
    matches,
    // Reports often sit in an OA system's iframe, or in an about:blank/srcdoc frame it writes into.
    allFrames: true,
    ...(spec.firefox ? {} : { matchOriginAsFallback: true }),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

export type SyncResult = 'registered' | 'updated' | 'unregistered' | 'unchanged';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Registers, updates or removes the content script so it matches exactly what is granted now. */
export async function syncContentScript(api: RegistrationApi, spec: ContentScriptSpec): Promise<SyncResult> {
  const matches = contentScriptMatches(siteAccessOf((await api.permissions.getAll()).origins));
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (!current) return 'unchanged';
    await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return 'unregistered';
  }
  if (!current) {
    await api.scripting.registerContentScripts([registrationFor(matches, spec)]);
    return 'registered';
  }
  if (sameSet(current.matches ?? [], matches)) return 'unchanged';
  await api.scripting.updateContentScripts([registrationFor(matches, spec)]);
  return 'updated';
}
