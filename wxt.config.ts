import { defineConfig } from 'wxt';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_SITES } from './lib/site-access/site-pattern';
import { PDFJS_ASSETS, PDFJS_ASSET_FOLDERS } from './lib/reader/pdfjs-assets';

/**
 * pdf.js's data files for the reader (lib/reader/pdfjs-assets), copied from the installed pdfjs-dist.
 * Not the WebAssembly builds: the CSP below allows no WebAssembly, and the reader runs pdf.js with
 * `useWasm: false` (its JavaScript image decoders), nor the sandbox for PDF scripts, which it never runs.
 */
function pdfjsAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const needed = (file: string) => !file.endsWith('.wasm') && !file.startsWith('quickjs');
  return PDFJS_ASSET_FOLDERS.flatMap((folder) =>
    fs.readdirSync(path.join(root, folder)).filter(needed).map((file) => ({
      absoluteSrc: path.join(root, folder, file),
      relativeDest: path.posix.join(PDFJS_ASSETS.slice(1), folder, file),
    })),
  );
}

/**
 * Extension pages and the background may load only the extension's own code and talk to nothing but
 * the extension itself: the browser enforces "no network, no remote code" even if a bug tried.
 * Development builds keep WXT's defaults (its dev server reloads pages over localhost).
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

// One source, two manifests: Chrome/Edge get MV3 `side_panel`, Firefox gets `sidebar_action`
// (WXT maps entrypoints/sidepanel to each).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...pdfjsAssets()),
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    ...(mode === 'production' && {
      content_security_policy:
        manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    }),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'storage', // settings and the per-tab document registry
      'contextMenus', // 标记为「成绩」… on a selection
      'unlimitedStorage', // years of notes and a week of local backups must never hit the quota
      'alarms', // the daily local backup (lib/backup)
      'scripting', // registers the content script for the sites the reviewer allowed (lib/site-access)
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // No host access at install: the reviewer grants all sites, or one site at a time (lib/site-access).
    ...(manifestVersion === 3 ? { optional_host_permissions: [ALL_SITES] } : { optional_permissions: [ALL_SITES] }),
    action: { default_title: '__MSG_actionTitle__' },
    // The toolbar's comment field is this extension page, framed into the report: keys typed there are
    // out of the page's reach (docs/security.md). Chrome serves it only under a per-session random id, so
    // pages cannot probe for Pingyue; Firefox has no `use_dynamic_url` (its moz-extension host is already
    // a random per-install UUID) and WXT turns the entry into MV2's plain list for it.
    web_accessible_resources: [
      {
        resources: ['comment.html'],
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    commands: {
      'tag-slot-1': { suggested_key: { default: 'Alt+Shift+1' }, description: '__MSG_commandTag1__' },
      'tag-slot-2': { suggested_key: { default: 'Alt+Shift+2' }, description: '__MSG_commandTag2__' },
      'tag-slot-3': { suggested_key: { default: 'Alt+Shift+3' }, description: '__MSG_commandTag3__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // Fixed, so a team's policies and the Firefox e2e suite can name it (tests/firefox/firefox.ts).
          id: 'pingyue@pingyue.local',
          // scripting.registerContentScripts' matchOriginAsFallback (srcdoc/about:blank frames) needs 128,
          // data_collection_permissions 140 (ESR 128 is out of support).
          strict_min_version: '140.0',
          // Pingyue collects nothing: all data stays in the browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
