/**
 * URL comparison key that survives OA systems' volatile query parameters.
 *
 * OA viewers append session tokens, tickets and cache-busting timestamps, so the same report shows up
 * under ever-changing URLs. The key drops those parameters (case-insensitive), `;jsessionid=` path
 * parameters and the fragment, and sorts the remaining parameters.
 */

const VOLATILE_PARAMS: ReadonlySet<string> = new Set([
  'token',
  'access_token',
  'sid',
  'session',
  'sessionid',
  'jsessionid',
  'phpsessid',
  'ticket',
  't',
  '_t',
  'ts',
  '_',
  'timestamp',
  'random',
  'rnd',
  'nonce',
]);

const JSESSIONID_PATH_PARAM = /;jsessionid=[^/?#]*/gi;

export function normalizeUrl(url: string): string {
  const withoutSession = url.replace(JSESSIONID_PATH_PARAM, '');
  let parsed: URL;
  try {
    parsed = new URL(withoutSession);
  } catch {
    return withoutSession.split('#', 1)[0]!;
  }
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !VOLATILE_PARAMS.has(name.toLowerCase()));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}
