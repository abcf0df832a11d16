/**
 * The origins a report belongs to (issue 14): where the reviewer used it (tagged a passage, or said
 * 显示 in the panel). A frame on any other origin that shows the same text gets nothing painted and
 * writes nothing until the reviewer consents. Pure: no browser APIs.
 */

/** `DocumentRecord.origins` is capped by the schema; the oldest are dropped first. */
export const MAX_REPORT_ORIGINS = 100;

/**
 * The origin of `url` as a consent key: `scheme://host[:port]` for web pages and extension pages
 * (`new URL().origin` is "null" for `chrome-extension:` in some engines, so it is spelled out), `file://`
 * for local files (one origin: the reviewer's own disk). {@link OPAQUE_ORIGIN} for opaque origins
 * (`data:`, sandboxed frames, `about:` pages whose parent is not known, unparsable URLs): they all
 * share that one key (docs/security.md, known limits).
 */
export function originOf(url: string | undefined): string {
  if (!url) return OPAQUE_ORIGIN;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return OPAQUE_ORIGIN;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  if (parsed.protocol === 'file:') return 'file://';
  if (parsed.protocol.endsWith('-extension:') && parsed.host) return `${parsed.protocol}//${parsed.host}`;
  return OPAQUE_ORIGIN;
}

/** How browsers spell an opaque origin. */
export const OPAQUE_ORIGIN = 'null';

/**
 * The origin of a message's sender. Chrome gives `sender.origin`, which is right for `about:blank` and
 * `srcdoc` frames too (they inherit their parent's); elsewhere the frame's URL decides.
 */
export function originOfSender(sender: { origin?: string; url?: string }): string {
  return sender.origin ? originOf(sender.origin) : originOf(sender.url);
}

/** The distinct origins of `urls`, in order (what a report stored before origins were kept was used at). */
export function originsOfUrls(urls: readonly string[]): string[] {
  return [...new Set(urls.map(originOf))].slice(-MAX_REPORT_ORIGINS);
}

/** `origins` with `origin` added last (an origin already there moves to the end), capped. */
export function withOrigin(origins: readonly string[] | undefined, origin: string): string[] {
  return [...(origins ?? []).filter((o) => o !== origin), origin].slice(-MAX_REPORT_ORIGINS);
}
