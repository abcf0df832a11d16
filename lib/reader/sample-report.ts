/**
 * The fictional sample report packaged with Pingyue: demo/report.html, the page `npm start` serves,
 * bundled into the reader as text (a `?raw` import: no fetch, no site access, works offline), so the
 * welcome page's try-out opens it in the reader as a text file.
 */
export const READER_SAMPLE_QUERY = '?sample';

/** The blocks a reviewer reads: the title, headings and paragraphs; not the demo page's note about itself. */
const BLOCK = /<(h[1-3]|p)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The sample as a text file for the reader, named by the page's title, one block a line. Read with a
 * pattern, not an HTML parser: the input is this project's own file, and extension code parses no HTML
 * (tests/unit/security/no-html-sinks.test.ts).
 */
export function sampleReportFile(html: string): { fileName: string; text: string } {
  const plain = (markup: string) =>
    markup.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!).replace(/\s+/g, ' ').trim();
  const lines = [...html.matchAll(BLOCK)].filter((m) => !/class\s*=\s*["'][^"']*\bnote\b/.test(m[2] ?? '')).map((m) => plain(m[3]!)).filter(Boolean);
  const title = plain(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '') || lines[0] || 'sample';
  return { fileName: `${title.replace(/[\\/:*?"<>|]/g, ' ').trim()}.txt`, text: lines.join('\n') };
}
