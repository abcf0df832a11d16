import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { containment } from '@/lib/documents/winnow';
import { findDocument, findOrCreateDocument, openDocument } from '@/lib/db/documents';
import { createAnnotation } from '@/lib/db/annotations';
import { openWithConsent, recordOriginUse } from '@/lib/background/origin-consent';
import { updateAssessment } from '@/lib/db/assessments';
import type { Anchor } from '@/lib/schema';
import { freshDb } from '../../fixtures/db/helpers';
import { pagesOf, renderedPages, templateReport } from '../../fixtures/documents/paged-report';

const URL_ = 'https://oa.example.cn/pdfjs/web/viewer.html?file=%2Fdl%3Fid%3D5%26token%3Dabc';
const PDF = ['0f1e2d3c4b5a69788796a5b4c3d2e1f0'];
const PAGES = pagesOf(templateReport(5, 14_000), 1000);
const ALL = PAGES.map((_, i) => i + 1);
/** Every page but the short last one (94 characters: too little text to identify on its own). */
const FULL = ALL.slice(0, -1);
const ANCHOR: Anchor = { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact: '述职', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 2 } };

async function view(numbers: readonly number[], hints: { complete?: boolean; title?: string; pdf?: string[]; url?: string } = {}): Promise<PageIdentity> {
  return pageIdentity(await identifyText(renderedPages(PAGES, numbers)), {
    url: hints.url ?? URL_,
    title: hints.title ?? '文档预览',
    complete: hints.complete ?? false,
    pdfFingerprints: hints.pdf ?? [],
    pages: { read: numbers.length, total: PAGES.length },
  });
}

describe('a report in a paged viewer', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('documents-paged');
  });
  afterEach(() => env.dispose());

  it('is one report whichever pages are rendered: tag on page 1, tag on page 10, reopen at page 8', async () => {
    const { db } = env;
    const created = await findOrCreateDocument(db, await view([1, 2], { pdf: PDF }), 1000);
    expect(created).toMatchObject({ complete: false, scheme: 2, pdfFingerprints: PDF });
    const tenth = await findOrCreateDocument(db, await view([10, 11], { pdf: PDF }), 2000);
    expect(tenth.id).toBe(created.id);
    // Reopened at page 8, the PDF's fingerprint finds it; without one (another viewer of the same file)
    // the text of pages it has seen does.
    expect((await openDocument(db, await view([8], { pdf: PDF }), 3000))?.id).toBe(created.id);
    expect((await findDocument(db, await view([11], { url: 'https://pan.example.cn/p/x' })))?.id).toBe(created.id);
    expect(await db.documents.count()).toBe(1);
  });

  it('finds the report from any page once it was read whole, with no pdf.js fingerprint or URL to help', async () => {
    const { db } = env;
    const created = await findOrCreateDocument(db, await view(ALL, { complete: true, title: '王五2024年度述职报告' }), 1000);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(FULL, { minLength: 1, maxLength: 3 }), async (numbers) => {
        const found = await findDocument(db, await view(numbers, { url: 'file:///C:/Users/x/Downloads/report.pdf' }));
        expect(found?.id).toBe(created.id);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps a report of the same template apart', async () => {
    const { db } = env;
    await findOrCreateDocument(db, await view(ALL, { complete: true }), 1000);
    const otherPages = pagesOf(templateReport(6, 14_000), 1000);
    for (let n = 1; n < otherPages.length; n++) {
      const other = pageIdentity(await identifyText(renderedPages(otherPages, [n])), { url: URL_.replace('5', '6'), title: 'x', complete: false });
      expect(await findDocument(db, other)).toBeUndefined();
    }
  });

  it('never shrinks on partial views: the winnow only grows, and fingerprint, length and completeness stay', async () => {
    const { db } = env;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.shuffledSubarray(ALL, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), async (views) => {
        await db.documents.clear();
        let before = await findOrCreateDocument(db, await view([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].filter((n) => n <= PAGES.length && n % 2 === 1), { pdf: PDF }), 0);
        for (const [i, numbers] of views.entries()) {
          const after = (await openDocument(db, await view(numbers, { pdf: PDF }), i + 1))!;
          expect(after.id).toBe(before.id);
          expect(containment(before.winnow, after.winnow).value).toBe(1);
          expect(after.winnow.length).toBeGreaterThanOrEqual(before.winnow.length);
          expect({ ...after, winnow: [], updatedAt: 0, url: '' }).toEqual({ ...before, winnow: [], updatedAt: 0, url: '' });
          before = after;
        }
      }),
      { numRuns: 15 },
    );
  });

  it('takes a complete view’s identity, and keeps it through later partial views', async () => {
    const { db } = env;
    const created = await findOrCreateDocument(db, await view([3], { pdf: PDF }), 1000);
    const wholeView = await view(ALL, { complete: true, pdf: PDF });
    const complete = await openDocument(db, wholeView, 2000);
    expect(complete).toMatchObject({ id: created.id, complete: true, fingerprint: wholeView.fingerprint, winnow: wholeView.winnow, textLength: wholeView.textLength });
    const afterPartial = await openDocument(db, await view([7], { pdf: PDF }), 3000);
    expect(afterPartial).toEqual(complete); // nothing to learn: no write, updatedAt kept
    expect((await db.documents.get(created.id))?.updatedAt).toBe(2000);
  });

  it('keeps the report’s real title when the viewer calls every report 文档预览, and takes a real one', async () => {
    const { db } = env;
    const created = await findOrCreateDocument(db, await view([1], { pdf: PDF }), 1000);
    expect(created.title).toBe('文档预览');
    const named = await openDocument(db, await view([1], { pdf: PDF, title: '赵六2024年度述职报告' }), 2000);
    expect(named?.title).toBe('赵六2024年度述职报告');
    const again: DocumentRecord | undefined = await openDocument(db, await view([1], { pdf: PDF, title: '文档预览' }), 3000);
    expect(again?.title).toBe('赵六2024年度述职报告');
    expect(again?.updatedAt).toBe(2000);
  });

  it('merges two records of one report when a later view contains both: annotations, assessment and identity kept, the older id', async () => {
    const { db } = env;
    // Tagged on page 3, then (after a jump) on page 10: nothing on screen tied them, so two records.
    const early = await createAnnotation(db, { page: await view([3, 4]), tagId: 'achievement', comment: '第三页', anchor: ANCHOR }, 1000);
    const late = await createAnnotation(db, { page: await view([10, 11]), tagId: 'problem', comment: '第十页', anchor: ANCHOR }, 2000);
    expect(late.documentId).not.toBe(early.documentId);
    await updateAssessment(db, early.documentId, 'shuzhi', { rating: '优秀', section: { id: 'strengths', text: '成绩突出' } }, 1500);
    await updateAssessment(db, late.documentId, 'shuzhi', { section: { id: 'strengths', text: '另有补充' }, people: { speaker: '王五' } }, 2500);
    const [before] = await db.documents.bulkGet([late.documentId]);

    // The reviewer pages through the report: the view now holds both records' text.
    const merged = await openDocument(db, await view(FULL.slice(0, 12)), 3000);
    expect(merged?.id).toBe(early.documentId);
    expect(await db.documents.count()).toBe(1);
    expect((await db.annotations.toArray()).map((a) => [a.comment, a.documentId])).toEqual(
      expect.arrayContaining([['第三页', early.documentId], ['第十页', early.documentId]]),
    );
    expect(await db.assessments.count()).toBe(1);
    expect(await db.assessments.get(early.documentId)).toMatchObject({
      rating: '优秀',
      speaker: '王五',
      editedSections: { strengths: '成绩突出\n\n另有补充' },
    });
    // Both records' text stays known: either one's pages find the merged report.
    for (const record of [before!]) expect(containment(record.winnow, merged!.winnow).value).toBe(1);
    expect((await findDocument(db, await view([11], { url: 'https://pan.example.cn/p/x' })))?.id).toBe(early.documentId);
    expect((await findDocument(db, await view([3], { url: 'https://pan.example.cn/p/x' })))?.id).toBe(early.documentId);
  });

  it('merges duplicates when a frame the reviewer consented to opens the report: the merged report keeps every origin it was used at', async () => {
    const { db } = env;
    const early = await createAnnotation(db, { page: await view([3, 4]), tagId: 'achievement', comment: '第三页', anchor: ANCHOR }, 1000);
    const late = await createAnnotation(db, { page: await view([10, 11]), tagId: 'problem', comment: '第十页', anchor: ANCHOR }, 2000);
    await recordOriginUse(db, early.documentId, 'https://oa.example.cn');
    await recordOriginUse(db, late.documentId, 'https://oa.example.cn');
    await recordOriginUse(db, late.documentId, 'https://pan.example.cn');

    const opened = await openWithConsent(db, await view(FULL.slice(0, 12)), 'https://oa.example.cn', 3000, false);
    expect(opened).toMatchObject({ shown: true, document: { id: early.documentId } }); // the older id
    expect(await db.documents.count()).toBe(1);
    expect(await db.annotations.where('documentId').equals(early.documentId).count()).toBe(2);
    expect((await db.documents.get(early.documentId))?.origins).toEqual(expect.arrayContaining(['https://oa.example.cn', 'https://pan.example.cn']));
  });

  it('merges records that share the PDF’s fingerprint, and leaves a report of the same template alone', async () => {
    const { db } = env;
    const first = await findOrCreateDocument(db, await view([2, 3], { pdf: PDF }), 1000);
    // The same file in a viewer that gives no fingerprint, read at other pages.
    const second = await findOrCreateDocument(db, await view([12, 13], { url: 'https://pan.example.cn/p/x' }), 2000);
    const other = await findOrCreateDocument(db, pageIdentity(await identifyText(renderedPages(pagesOf(templateReport(6, 14_000), 1000), [1, 2])), { url: URL_, title: '文档预览', complete: false }), 2500);
    expect(new Set([first.id, second.id, other.id]).size).toBe(3);
    // Back in pdf.js at page 12: the fingerprint finds the first record, the view contains the second.
    expect((await openDocument(db, await view([12, 13], { pdf: PDF }), 3000))?.id).toBe(first.id);
    expect((await db.documents.toArray()).map((d) => d.id).sort()).toEqual([first.id, other.id].sort());
  });

  it('does not create a report by opening a page', async () => {
    const { db } = env;
    expect(await openDocument(db, await view([1]), 1000)).toBeUndefined();
    expect(await db.documents.count()).toBe(0);
  });
});
