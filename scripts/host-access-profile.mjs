// Host access is optional in Pingyue: a reviewer grants it in a browser prompt. Automated runs (the
// e2e tests, `npm start`) cannot click that prompt, so they start Chromium with a profile that already
// holds the answer: the same preferences Chromium writes when the reviewer clicks "Allow".
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(extensionDir) {
  const hex = crypto.createHash('sha256').update(fs.realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const preferencesFile = (userDataDir) => path.join(userDataDir, 'Default', 'Preferences');
const readPreferences = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {});

/** Records `origins` as granted to the extension in a profile Chromium has installed it in (and is closed). */
export function grantHostAccess(userDataDir, extensionId, origins) {
  const file = preferencesFile(userDataDir);
  const preferences = readPreferences(file);
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings?.path) throw new Error(`the extension ${extensionId} is not installed in ${userDataDir}`);
  for (const key of ['granted_permissions', 'active_permissions', 'runtime_granted_permissions']) {
    // Chromium ignores a permission set that lacks any of these lists.
    const permissions = (settings[key] ??= { api: [], manifest_permissions: [], scriptable_host: [] });
    permissions.explicit_host = [...new Set([...(permissions.explicit_host ?? []), ...origins])];
  }
  fs.writeFileSync(file, JSON.stringify(preferences));
}

/**
 * Starts the browser (`launch` opens the profile at `userDataDir` with the extension loaded) with
 * `origins` granted. Chromium recomputes an extension's permissions when it first installs it, so a
 * new profile is started once to install the extension, closed, granted, and started again.
 */
export async function launchWithHostAccess(launch, userDataDir, extensionDir, origins) {
  if (origins.length === 0) return launch();
  const id = unpackedExtensionId(extensionDir);
  if (!readPreferences(preferencesFile(userDataDir)).extensions?.settings?.[id]?.path) await (await launch()).close();
  grantHostAccess(userDataDir, id, origins);
  return launch();
}
