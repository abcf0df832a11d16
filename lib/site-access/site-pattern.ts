/**
 * Host match patterns for the sites a reviewer lets Pingyue read. Pure: shared by the background,
 * the options page and the panel.
 */

/** The permission that means "every site" (the 所有网站 mode). */
export const ALL_SITES = '<all_urls>';

/** Local files: Chrome also needs "Allow access to file URLs" on the extension's details page. */
export const LOCAL_FILES = 'file:///*';

export type SiteInputProblem = 'empty' | 'scheme' | 'host';
export type ParsedSite = { ok: true; pattern: string } | { ok: false; problem: SiteInputProblem };

const SUPPORTED_SCHEMES = new Set(['http:', 'https:']);

/**
 * The pattern for the site of a page: its scheme and host, every path and every port (match patterns
 * cannot name a port, and an OA system often moves between ports). Null for pages no content script
 * can run in (chrome://, extension pages, data: …).
 */
export function sitePatternOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return LOCAL_FILES;
  if (!SUPPORTED_SCHEMES.has(parsed.protocol) || !parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The sites behind a context-menu click: the page and, when the report sits in a frame, the frame. */
export function sitePatternsOfUrls(urls: readonly (string | undefined)[]): string[] {
  return [...new Set(urls.map(sitePatternOfUrl).filter((p): p is string => p !== null))];
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * What a reviewer types into "add a site": `oa.example.gov.cn`, a pasted address
 * (`https://oa.example.gov.cn:8443/review?id=7`), `*.example.gov.cn` for every subdomain, or an
 * IP address. Without a scheme both http and https are meant.
 */
export function parseSiteInput(input: string): ParsedSite {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  const scheme = schemeMatch ? `${schemeMatch[1]!.toLowerCase()}:` : '*:';
  if (scheme !== '*:' && !SUPPORTED_SCHEMES.has(scheme)) return { ok: false, problem: 'scheme' };
  const rest = schemeMatch ? text.slice(schemeMatch[0].length) : text;
  const hostPart = rest.split(/[/?#]/, 1)[0]!.replace(/:\d*$/, '');
  const wildcard = hostPart.startsWith('*.');
  const bareHost = wildcard ? hostPart.slice(2) : hostPart;
  let host: string;
  try {
    // URL does the IDN (中文域名 → punycode) and IPv4 normalisation for us.
    host = new URL(`http://${bareHost}`).hostname;
  } catch {
    return { ok: false, problem: 'host' };
  }
  const isIpv6 = host.startsWith('[');
  if (!isIpv6 && !host.split('.').every((label) => HOST_LABEL.test(label))) return { ok: false, problem: 'host' };
  if (wildcard && isIpv6) return { ok: false, problem: 'host' };
  return { ok: true, pattern: `${scheme}//${wildcard ? '*.' : ''}${host}/*` };
}

/** A pattern for one site: `http://127.0.0.1/*`, `*://oa.example.gov.cn/*`, `*://*.example.gov.cn/*`. */
const SITE_PATTERN = /^(\*|https?):\/\/(\*\.)?([^/*\s]+)\/\*$/;

/** One site (or local files), not `<all_urls>` nor anything else. */
export function isSinglePattern(pattern: string): boolean {
  return pattern === LOCAL_FILES || SITE_PATTERN.test(pattern);
}

/** How a granted pattern reads in a list: `oa.example.gov.cn`, `https://oa.example.gov.cn`, `*.example.gov.cn`. */
export function siteLabel(pattern: string): string {
  const match = SITE_PATTERN.exec(pattern);
  if (!match) return pattern;
  const host = `${match[2] ?? ''}${match[3]}`;
  return match[1] === '*' ? host : `${match[1]}://${host}`;
}

/**
 * Whether one of the granted `sites` already covers the page at `url`: `*://` stands for http and
 * https, `*.` for the domain and its subdomains. (A site typed as `oa.example.gov.cn` is granted as
 * `*://oa.example.gov.cn/*`, so comparing patterns for equality is not enough.)
 */
export function isCoveredBy(sites: readonly string[], url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  return sites.some((pattern) => {
    if (pattern === ALL_SITES) return sitePatternOfUrl(url) !== null;
    if (pattern === LOCAL_FILES) return page.protocol === 'file:';
    const match = SITE_PATTERN.exec(pattern);
    if (!match) return false;
    const [, scheme, subdomains, host] = match;
    const schemeMatches = scheme === '*' ? SUPPORTED_SCHEMES.has(page.protocol) : page.protocol === `${scheme}:`;
    const hostMatches = page.hostname === host || (subdomains !== undefined && page.hostname.endsWith(`.${host}`));
    return schemeMatches && hostMatches;
  });
}

export interface SiteAccess {
  /** `<all_urls>` is granted: Pingyue runs everywhere. */
  allSites: boolean;
  /** The individual sites granted, sorted for display (file:///* included). */
  sites: string[];
}

/** Reads `permissions.getAll().origins` as the two modes the options page offers. */
export function siteAccessOf(origins: readonly string[] | undefined): SiteAccess {
  const granted = origins ?? [];
  return {
    allSites: granted.includes(ALL_SITES),
    sites: granted.filter((o) => o !== ALL_SITES).sort((a, b) => siteLabel(a).localeCompare(siteLabel(b))),
  };
}

/** The match patterns the content script should be registered for: everything granted, or nothing. */
export function contentScriptMatches(access: SiteAccess): string[] {
  return access.allSites ? [ALL_SITES] : access.sites;
}
