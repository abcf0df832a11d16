import { describe, expect, it } from 'vitest';
import { scheme1Identity, type DocumentRecord, type PageIdentity } from '@/lib/schema';
import { CONTAINED_THRESHOLD, matchDocument, mutualContainment, SAME_URL_CONTAINED_THRESHOLD } from '@/lib/documents/match-document';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { pagesOf, renderedPages, templateReport } from '../../fixtures/documents/paged-report';

const SLOTS = 64;
/** A sketch that agrees with `base` on exactly `equal` of the 64 slots. */
function sketchAgreeing(base: number[], equal: number): number[] {
  return base.map((v, i) => (i < equal ? v : v + 1));
}
const BASE = Array.from({ length: SLOTS }, (_, i) => i * 1000);

function record(id: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    fingerprint: id.padEnd(64, '0').slice(0, 64).replace(/[^0-9a-f]/g, 'a'),
    sketch: sketchAgreeing(BASE, 0),
    textLength: 10_000,
    title: id,
    url: `https://oa.example.cn/other/${id}`,
    urls: [],
    scheme: 2,
    winnow: [],
    complete: true,
    pdfFingerprints: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

function page(overrides: Partial<PageIdentity> = {}): PageIdentity {
  return {
    url: 'https://oa.example.cn/preview?id=9&token=abc',
    title: '述职报告',
    fingerprint: 'f'.repeat(64),
    sketch: BASE,
    textLength: 10_000,
    scheme: 2,
    winnow: [],
    complete: true,
    pdfFingerprints: [],
    pages: null,
    ...overrides,
  };
}

describe('matchDocument', () => {
  it('prefers an exact fingerprint over everything else', () => {
    const similar = record('b', { sketch: BASE, updatedAt: 5 });
    const exact = record('a', { fingerprint: 'f'.repeat(64) });
    expect(matchDocument([similar, exact], page())).toEqual({ document: exact, how: 'fingerprint', similarity: 1 });
  });

  it('matches the same URL with a changed token when the text is moderately similar', () => {
    const doc = record('a', { url: 'https://oa.example.cn/preview?token=old&id=9#top', sketch: sketchAgreeing(BASE, 40) });
    const match = matchDocument([doc], page());
    expect(match?.how).toBe('url');
    expect(match?.similarity).toBeCloseTo(40 / 64);
  });

  it('also looks at the other URLs a record was seen at', () => {
    const doc = record('a', { urls: ['https://oa.example.cn/preview?id=9&sid=1'], sketch: sketchAgreeing(BASE, 40) });
    expect(matchDocument([doc], page())?.how).toBe('url');
  });

  it('does not match the same URL showing an unrelated text', () => {
    const doc = record('a', { url: 'https://oa.example.cn/preview?id=9', sketch: sketchAgreeing(BASE, 10) });
    expect(matchDocument([doc], page())).toBeNull();
  });

  it('matches similar text at another URL only above the text-only threshold', () => {
    const close = record('a', { sketch: sketchAgreeing(BASE, 58) });
    const far = record('b', { sketch: sketchAgreeing(BASE, 45) });
    expect(matchDocument([far, close], page())).toMatchObject({ document: close, how: 'similar' });
    expect(matchDocument([far], page())).toBeNull();
  });

  it('rejects similar sketches of very different length', () => {
    const doc = record('a', { sketch: BASE, textLength: 5_000 });
    expect(matchDocument([doc], page())).toBeNull();
  });

  it('returns null without candidates', () => {
    expect(matchDocument([], page())).toBeNull();
  });
});

describe('matchDocument, identity scheme 2', () => {
  /** A stored report identified from `text` (whole unless said otherwise). */
  async function stored(id: string, text: string, overrides: Partial<DocumentRecord> = {}): Promise<DocumentRecord> {
    const { fingerprint, sketch, textLength, winnow } = await identifyText(text);
    return record(id, { fingerprint, sketch, textLength, winnow, complete: true, ...overrides });
  }
  async function view(text: string, complete: boolean, overrides: Partial<PageIdentity> = {}): Promise<PageIdentity> {
    return { ...pageIdentity(await identifyText(text), { url: 'https://pdf.example.cn/web/viewer.html?file=r.pdf', title: '文档预览', complete }), ...overrides };
  }
  const report = templateReport(7, 12_000);
  const pages = pagesOf(report, 1000);
  const whole = renderedPages(pages, pages.map((_, i) => i + 1));

  it('finds the report that contains a partial view (pages 8 and 9), not a report from the same template', async () => {
    const mine = await stored('mine', whole, { updatedAt: 1 });
    const sameTemplate = await stored('other', templateReport(8, 12_000), { updatedAt: 9 });
    const match = matchDocument([sameTemplate, mine], await view(renderedPages(pages, [8, 9]), false));
    expect(match).toMatchObject({ document: { id: 'mine' }, how: 'contained' });
    expect(match!.similarity).toBeGreaterThanOrEqual(CONTAINED_THRESHOLD);
    expect(matchDocument([sameTemplate], await view(renderedPages(pages, [8, 9]), false))).toBeNull();
  });

  it('finds a report stored from some pages when the whole report is read (containment the other way)', async () => {
    const partial = await stored('partial', renderedPages(pages, [2, 3]), { complete: false });
    expect(matchDocument([partial], await view(whole, true))).toMatchObject({ document: { id: 'partial' }, how: 'contained' });
  });

  it('does not compare a partial view with a whole report by overall similarity', async () => {
    const mine = await stored('mine', whole, { winnow: [] });
    // Same length class, sketch of other text: only the winnow could match, and it is empty.
    expect(matchDocument([mine], await view(renderedPages(pages, [1]), false))).toBeNull();
  });

  it('matches an edited whole report by similarity or containment', async () => {
    const mine = await stored('mine', report);
    const edited = report.replace(/(\d)处/g, '$1项').replace('三、存在的问题和不足', '三、存在的主要问题');
    expect(matchDocument([mine], await view(edited, true))?.document.id).toBe('mine');
  });

  it('lets the same URL lower the containment bar, but never match on its own', async () => {
    const url = 'https://oa.example.cn/preview?id=9&token=new';
    const mine = await stored('mine', report, { url: 'https://oa.example.cn/preview?id=9&token=old' });
    // Half of the page rewritten: below the text-only bar, above the same-URL one.
    const half = pages[4]!.slice(0, 500) + templateReport(99).slice(0, 500);
    const halfView = await view(half, false, { url });
    expect(mutualContainment(mine, halfView)).toBeLessThan(CONTAINED_THRESHOLD);
    expect(mutualContainment(mine, halfView)).toBeGreaterThanOrEqual(SAME_URL_CONTAINED_THRESHOLD);
    expect(matchDocument([mine], halfView)?.how).toBe('url');
    expect(matchDocument([mine], { ...halfView, url: 'https://oa.example.cn/preview?id=10' })).toBeNull();
    expect(matchDocument([mine], await view(templateReport(99), false, { url }))).toBeNull();
  });

  it('finds a PDF by its pdf.js fingerprint from any page, unless the whole texts disagree', async () => {
    const pdf = ['5d2f4b5c7a9e4f10aa31b2c3d4e5f601'];
    const mine = await stored('mine', renderedPages(pages, [1]), { complete: false, pdfFingerprints: pdf });
    expect(matchDocument([mine], await view(renderedPages(pages, [11]), false, { pdfFingerprints: [pdf[0]!.toUpperCase()] }))).toMatchObject({
      how: 'pdf',
    });
    // Another report whose PDF got the same fingerprint (no /ID: pdf.js hashes the first kilobyte).
    const other = await stored('other', templateReport(8, 12_000), { pdfFingerprints: pdf });
    expect(matchDocument([other], await view(whole, true, { pdfFingerprints: pdf }))).toBeNull();
  });

  it('finds a scheme-1 record (migrated, no winnow) by fingerprint or similarity only', async () => {
    const legacy = await stored('legacy', report, { ...scheme1Identity() });
    expect(matchDocument([legacy], await view(report, false))).toMatchObject({ how: 'fingerprint' });
    expect(matchDocument([legacy], await view(report.replace('二、主要工作成绩', '二、主要工作业绩'), true))).toMatchObject({ how: 'similar' });
    expect(matchDocument([legacy], await view(renderedPages(pages, [3]), false))).toBeNull();
  });
});
