import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_ID,
  syncContentScript,
  type RegisteredScript,
  type RegistrationApi,
} from '@/lib/site-access/content-script-registration';
import { injectIntoOpenTabs } from '@/lib/site-access/inject-open-tabs';

/** A browser whose granted origins the test sets, keeping registrations like the real one. */
function fakeBrowser(origins: string[]) {
  const registered = new Map<string, RegisteredScript>();
  const api: RegistrationApi & { granted: string[] } = {
    granted: origins,
    permissions: { getAll: async () => ({ origins: api.granted }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => [...registered.values()].filter((s) => ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (!registered.has(s.id)) throw new Error(`Nonexistent script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
    },
  };
  return { api, registered };
}

const spec = { file: '/content-scripts/content.js' };

describe('syncContentScript', () => {
  it('runs nowhere until the reviewer grants something', async () => {
    const { api, registered } = fakeBrowser([]);
    expect(await syncContentScript(api, spec)).toBe('unchanged');
    expect(registered.size).toBe(0);
  });

  it('registers for all frames of every site in the 所有网站 mode', async () => {
    const { api, registered } = fakeBrowser(['<all_urls>']);
    expect(await syncContentScript(api, spec)).toBe('registered');
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      js: ['/content-scripts/content.js'],
      matches: ['<all_urls>'],
      allFrames: true,
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    });
    expect(await syncContentScript(api, spec)).toBe('unchanged');
  });

  it('follows sites being enabled and removed, and stops when the last one goes', async () => {
    const { api, registered } = fakeBrowser(['http://127.0.0.1/*']);
    await syncContentScript(api, spec);
    api.granted = ['http://127.0.0.1/*', '*://oa.example.gov.cn/*'];
    expect(await syncContentScript(api, spec)).toBe('updated');
    expect(registered.get(CONTENT_SCRIPT_ID)!.matches).toEqual(['http://127.0.0.1/*', '*://oa.example.gov.cn/*']);
    api.granted = [];
    expect(await syncContentScript(api, spec)).toBe('unregistered');
    expect(registered.size).toBe(0);
  });

  it('replaces a kept registration that left out the about:blank/srcdoc frames (as builds before Firefox 128 support did)', async () => {
    const { api, registered } = fakeBrowser(['<all_urls>']);
    await syncContentScript(api, spec);
    const { matchOriginAsFallback: _, ...older } = registered.get(CONTENT_SCRIPT_ID)!;
    registered.set(CONTENT_SCRIPT_ID, older as RegisteredScript);
    expect(await syncContentScript(api, spec)).toBe('updated');
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({ matches: ['<all_urls>'], allFrames: true, matchOriginAsFallback: true });
    expect(await syncContentScript(api, spec)).toBe('unchanged');
  });

  it('keeps a registration the browser reports with its own form of the script path', async () => {
    const { api, registered } = fakeBrowser(['<all_urls>']);
    await syncContentScript(api, spec);
    const kept = registered.get(CONTENT_SCRIPT_ID)!;
    registered.set(CONTENT_SCRIPT_ID, { ...kept, js: ['content-scripts/content.js'] }); // as Chrome reports it
    expect(await syncContentScript(api, spec)).toBe('unchanged');
    registered.set(CONTENT_SCRIPT_ID, { ...kept, js: ['moz-extension://6f1c2a9e/content-scripts/content.js'] });
    expect(await syncContentScript(api, spec)).toBe('unchanged');
  });

  it('replaces a kept registration of another script file', async () => {
    const { api, registered } = fakeBrowser(['<all_urls>']);
    await syncContentScript(api, { file: '/content-scripts/old.js' });
    expect(await syncContentScript(api, spec)).toBe('updated');
    expect(registered.get(CONTENT_SCRIPT_ID)!.js).toEqual(['/content-scripts/content.js']);
  });
});

describe('injectIntoOpenTabs', () => {
  it('injects into every frame of the open tabs of a newly enabled site and survives tabs that refuse', async () => {
    const queries: string[][] = [];
    const injected: number[] = [];
    const count = await injectIntoOpenTabs(
      {
        tabs: { query: async ({ url }) => (queries.push(url), [{ id: 1 }, { id: 2 }, {}]) },
        scripting: {
          executeScript: async ({ target }) => {
            if (target.tabId === 2) throw new Error('Cannot access contents of the page');
            expect(target.allFrames).toBe(true);
            injected.push(target.tabId);
          },
        },
      },
      ['http://127.0.0.1/*'],
      '/content-scripts/content.js',
    );
    expect(queries).toEqual([['http://127.0.0.1/*']]);
    expect(injected).toEqual([1]);
    expect(count).toBe(1);
  });

  it('does nothing when nothing new was allowed', async () => {
    let asked = false;
    const api = { tabs: { query: async () => ((asked = true), []) }, scripting: { executeScript: async () => undefined } };
    expect(await injectIntoOpenTabs(api, [], '/x.js')).toBe(0);
    expect(asked).toBe(false);
  });
});
