import { describe, expect, it } from 'vitest';
import { DocumentRecord, scheme1Identity } from '@/lib/schema';
import { findOrCreateDocument, openDocument } from '@/lib/db/documents';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { renderedPages } from '../../fixtures/documents/paged-report';
import { createV3Database, V3_ANNOTATIONS, V3_PDF_PAGES, V3_PDF_TEXT_THEN, V3_PLAIN_TEXT, v3Documents } from '../../fixtures/db/v3-database';
import { upgradedDatabase } from '../../fixtures/db/helpers';

const view = async (text: string, url: string, complete: boolean) =>
  pageIdentity(await identifyText(text), { url, title: '文档预览', complete });

describe('PingyueDB upgrade from version 3 (identity scheme 1 → 2)', () => {
  const upgraded = upgradedDatabase('upgrade-v3', createV3Database);

  it('marks stored reports as scheme 1 with an empty winnow, keeping everything else and updatedAt', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(6);
    const before = await v3Documents();
    const after = await db.documents.toArray();
    expect(after).toEqual(before.map((d) => ({ ...d, ...scheme1Identity(), origins: [new URL(d.url).origin] })).sort((a, b) => a.id.localeCompare(b.id)));
    for (const doc of after) expect(DocumentRecord.safeParse(doc).success).toBe(true);
    expect(await db.annotations.toArray()).toEqual(V3_ANNOTATIONS);
    expect(await db.documents.where('pdfFingerprints').anyOf(['x'.repeat(16)]).count()).toBe(0); // the new index exists
  });

  it('fills a plain page’s report in from its next complete view (same text: found by fingerprint)', async () => {
    const db = await upgraded();
    const doc = await openDocument(db, await view(V3_PLAIN_TEXT, 'https://oa.example.cn/report?id=31&token=b', true), 2_000_000_000_000);
    expect(doc).toMatchObject({ id: 'doc-v3-plain', scheme: 2, complete: true, title: '张三述职报告' });
    expect(doc!.winnow).toEqual((await identifyText(V3_PLAIN_TEXT)).winnow);
  });

  it('fills a pdf.js report in from a view of the pages it was tagged on, then finds it from any other page', async () => {
    const db = await upgraded();
    const url = 'https://oa.example.cn/pdfjs/web/viewer.html?file=%2Ffiles%2F32.pdf';
    // The viewer remembers the position: pages 1–2 again (the text version 3 stored), now with a winnow.
    const first = await openDocument(db, await view(V3_PDF_TEXT_THEN, url, false), 2_000_000_000_000);
    expect(first).toMatchObject({ id: 'doc-v3-pdf', scheme: 2, complete: false });
    // Scrolled on: pages 1–3 contain the record (containment the other way), and the record grows.
    const later = await openDocument(db, await view(renderedPages(V3_PDF_PAGES, [1, 2, 3]), url, false), 2_000_000_001_000);
    expect(later?.id).toBe('doc-v3-pdf');
    expect(later!.winnow.length).toBeGreaterThan(first!.winnow.length);
    // Page 3 alone, another day: contained in what the record now holds.
    expect((await openDocument(db, await view(renderedPages(V3_PDF_PAGES, [3]), url, false), 2_000_000_001_500))?.id).toBe('doc-v3-pdf');
    // The whole report read through pdf.js's API: the record's identity becomes the whole text's.
    const whole = renderedPages(V3_PDF_PAGES, V3_PDF_PAGES.map((_, i) => i + 1));
    const complete = await findOrCreateDocument(db, await view(whole, url, true), 2_000_000_002_000);
    expect(complete).toMatchObject({ id: 'doc-v3-pdf', complete: true, fingerprint: (await identifyText(whole)).fingerprint });
    expect(await db.documents.count()).toBe(2);
  });

  it('leaves a scheme-1 record alone for a view it cannot vouch for (a page never stored, another URL)', async () => {
    const db = await upgraded();
    const doc = await openDocument(db, await view(renderedPages(V3_PDF_PAGES, [9]), 'https://elsewhere.example/x.pdf', false), 2_000_000_000_000);
    expect(doc).toBeUndefined();
    expect((await db.documents.get('doc-v3-pdf'))?.scheme).toBe(1);
  });
});
