import { afterEach, describe, expect, it } from 'vitest';
import { readPdfViewerApp } from '@/lib/page/sources/read-pdf-app';
import { ViewerAppReading } from '@/lib/schema/viewer-app';

type Global = { PDFViewerApplication?: unknown };

afterEach(() => {
  delete (globalThis as Global).PDFViewerApplication;
});

const page = (lines: string[]) => ({
  getTextContent: async () => ({ items: [{ type: 'beginMarkedContent' }, ...lines.map((str) => ({ str, hasEOL: true }))] }),
});

describe('readPdfViewerApp (runs in the page world)', () => {
  it('reads fingerprints, metadata title and every page, in the shape the schema accepts', async () => {
    (globalThis as Global).PDFViewerApplication = {
      pdfDocument: {
        numPages: 2,
        fingerprints: ['0123456789abcdef0123456789abcdef', null],
        getMetadata: async () => ({ info: { Title: '述职报告' } }),
        getPage: async (n: number) => page(n === 1 ? ['第一行', '第二行'] : ['第三行']),
      },
    };
    const reading = ViewerAppReading.parse(await readPdfViewerApp(10, 1_000));
    expect(reading).toEqual({
      state: 'loaded',
      fingerprints: ['0123456789abcdef0123456789abcdef'],
      title: '述职报告',
      pageCount: 2,
      pages: ['第一行\n第二行\n', '第三行\n'],
    });
  });

  it('says absent or loading when there is no application or no document yet', async () => {
    expect(await readPdfViewerApp(10, 1_000)).toEqual({ state: 'absent' });
    (globalThis as Global).PDFViewerApplication = { pdfDocument: null };
    expect(await readPdfViewerApp(10, 1_000)).toEqual({ state: 'loading' });
  });

  it('stops at the page and character limits', async () => {
    (globalThis as Global).PDFViewerApplication = {
      pdfDocument: { numPages: 50, getMetadata: async () => null, getPage: async () => page(['一二三四五六七八九十']) },
    };
    const reading = ViewerAppReading.parse(await readPdfViewerApp(5, 1_000));
    expect(reading.state === 'loaded' && reading.pages.length).toBe(5);
    const capped = ViewerAppReading.parse(await readPdfViewerApp(50, 25));
    expect(capped.state === 'loaded' && capped.pages.length).toBe(2);
  });
});

describe('ViewerAppReading (what a hostile page might return)', () => {
  it('rejects malformed fingerprints, more texts than pages, and unknown fields', () => {
    const base = { state: 'loaded', fingerprints: [], title: null, pageCount: 1, pages: ['x'] };
    expect(ViewerAppReading.safeParse(base).success).toBe(true);
    expect(ViewerAppReading.safeParse({ ...base, fingerprints: ['<script>'] }).success).toBe(false);
    expect(ViewerAppReading.safeParse({ ...base, pages: ['x', 'y'] }).success).toBe(false);
    expect(ViewerAppReading.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(ViewerAppReading.safeParse({ ...base, title: { toString: 'x' } }).success).toBe(false);
  });
});
