/**
 * The fictional sample report packaged with Pingyue: demo/report.html, the page `npm start` serves,
 * copied into the build (wxt.config.ts) so the welcome page's try-out works offline and needs no site
 * access. The reader shows it as a text file.
 */
export const SAMPLE_REPORT_PATH = '/demo/report.html';
/** The reader's address query that opens the sample. */
export const READER_SAMPLE_QUERY = '?sample';

/** The lines a reviewer reads: title, headings and paragraphs, not the demo page's note about itself. */
const REPORT_BLOCKS = 'h1, h2, h3, p:not(.note)';

/** The sample as a text file for the reader: named by the page's title, one block a line. */
export function sampleReportFile(doc: Document): { fileName: string; text: string } {
  const lines = [...doc.querySelectorAll(REPORT_BLOCKS)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = (doc.title || lines[0] || 'sample').replace(/[\\/:*?"<>|]/g, ' ').trim();
  return { fileName: `${title}.txt`, text: lines.join('\n') };
}
