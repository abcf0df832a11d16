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
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
  matchOriginAsFallback: boolean;
}

/** What the browser reports of a registration it kept. */
export type KeptScript = Partial<Pick<RegisteredScript, 'matches' | 'js' | 'allFrames' | 'matchOriginAsFallback'>> & { id: string };

/** The slice of `browser.scripting` and `browser.permissions` used here (a test seam). */
export interface RegistrationApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<KeptScript[]>;
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
    // Chrome and Firefox (since 128, the manifest's strict_min_version) both need matchOriginAsFallback
    // for those frames: without it Firefox no longer runs registered scripts in them.
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

export type SyncResult = 'registered' | 'updated' | 'unregistered' | 'unchanged';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Chrome reports `/content-scripts/content.js` back as `content-scripts/content.js`; compare paths alike. */
const scriptPath = (file: string) => file.replace(/^[a-z-]+:\/\/[^/]+/, '').replace(/^\/+/, '');

/**
 * Whether a registration the browser kept (they persist across sessions, and across updates of
 * Pingyue) is the one wanted: an older one that left out a frame option is replaced, not kept.
 */
function sameRegistration(current: KeptScript, wanted: RegisteredScript): boolean {
  return (
    sameSet(current.matches ?? [], wanted.matches) &&
    sameSet((current.js ?? []).map(scriptPath), wanted.js.map(scriptPath)) &&
    current.allFrames === wanted.allFrames &&
    current.matchOriginAsFallback === wanted.matchOriginAsFallback
  );
}

/** Registers, updates or removes the content script so it matches exactly what is granted now. */
export async function syncContentScript(api: RegistrationApi, spec: ContentScriptSpec): Promise<SyncResult> {
  const matches = contentScriptMatches(siteAccessOf((await api.permissions.getAll()).origins));
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (!current) return 'unchanged';
    await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return 'unregistered';
  }
  const wanted = registrationFor(matches, spec);
  if (!current) {
    await api.scripting.registerContentScripts([wanted]);
    return 'registered';
  }
  if (sameRegistration(current, wanted)) return 'unchanged';
  await api.scripting.updateContentScripts([wanted]);
  return 'updated';
}
