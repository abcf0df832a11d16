/**
 * The URL a report row may open, or null. Only `http:` and `https:`: a shared file can name any URL,
 * and `data:` (a fake login page), `file:` (the reviewer's disk), `javascript:`, `blob:` and extension
 * pages (our own options page with a one-click grant in its fragment, or another extension's) must
 * never open from a click in 全部报告. Those are shown as text instead.
 */
export function openableReportUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
