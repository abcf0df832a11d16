import { describe, expect, it } from 'vitest';
import { mergeAssessments } from '@/lib/documents/merge-records';
import { absorbView, identityOfView, mergeIdentities, type DocumentIdentity } from '@/lib/documents/absorb-view';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { containment } from '@/lib/documents/winnow';
import { scheme1Identity } from '@/lib/schema';
import { pagesOf, renderedPages, templateReport } from '../../fixtures/documents/paged-report';

const PAGES = pagesOf(templateReport(11, 10_000), 1000);
const view = async (numbers: number[], complete = false, pdf: string[] = []) =>
  pageIdentity(await identifyText(renderedPages(PAGES, numbers)), { url: 'https://a/', title: 't', complete, pdfFingerprints: pdf });

describe('absorbView', () => {
  it('grows a partial identity by a partial view, keeping its fingerprint', async () => {
    const first = identityOfView(await view([1]));
    const grown = absorbView(first, await view([5], false, ['ABCDEF0123456789']));
    expect(grown).toMatchObject({ fingerprint: first.fingerprint, textLength: first.textLength, complete: false, scheme: 2, pdfFingerprints: ['abcdef0123456789'] });
    expect(containment(first.winnow, grown.winnow).value).toBe(1);
    expect(containment((await view([5])).winnow, grown.winnow).value).toBe(1);
  });

  it('lets a complete view replace any identity, and a partial view never replace a complete one', async () => {
    const whole = await view(PAGES.map((_, i) => i + 1), true);
    const complete = absorbView(identityOfView(await view([2])), whole);
    expect(complete).toEqual({ ...identityOfView(whole) });
    expect(absorbView(complete, await view([3]))).toEqual(complete);
  });

  it('fills a scheme-1 identity in from a partial view, keeping what it had', async () => {
    const legacy: DocumentIdentity = { fingerprint: 'a'.repeat(64), sketch: [1, 2], textLength: 900, ...scheme1Identity() };
    const page = await view([4]);
    expect(absorbView(legacy, page)).toEqual({ ...legacy, scheme: 2, winnow: page.winnow });
  });
});

describe('mergeIdentities (import)', () => {
  it('prefers a complete identity, the newer of two complete ones, and unites two partial ones', async () => {
    const partialA = identityOfView(await view([1], false, ['11'.repeat(8)]));
    const partialB = identityOfView(await view([6], false, ['22'.repeat(8)]));
    const whole = identityOfView(await view(PAGES.map((_, i) => i + 1), true));
    expect(mergeIdentities(whole, partialA)).toEqual({ ...whole, pdfFingerprints: partialA.pdfFingerprints });
    expect(mergeIdentities(partialA, whole)).toEqual({ ...whole, pdfFingerprints: partialA.pdfFingerprints });
    const united = mergeIdentities(partialA, partialB);
    expect(united).toMatchObject({ fingerprint: partialB.fingerprint, complete: false, pdfFingerprints: ['22'.repeat(8), '11'.repeat(8)] });
    expect(containment(partialA.winnow, united.winnow).value).toBe(1);
    expect(containment(partialB.winnow, united.winnow).value).toBe(1);
    const legacy: DocumentIdentity = { fingerprint: 'a'.repeat(64), sketch: [], textLength: 5, ...scheme1Identity() };
    expect(mergeIdentities(partialA, legacy)).toMatchObject({ scheme: 2, winnow: partialA.winnow, fingerprint: legacy.fingerprint });
  });
});

describe('mergeAssessments', () => {
  const base = { tagSetId: 'shuzhi', speaker: '', reviewer: '', date: '' } as const;
  it('keeps what the kept report says, fills the rest from the other, and keeps both texts of a section both edited', () => {
    const kept = { ...base, documentId: 'a', rating: null, editedSections: { s1: '甲', s2: '乙' }, reviewer: '张三', updatedAt: 5 };
    const absorbed = { ...base, documentId: 'b', rating: '良好', editedSections: { s2: '丙', s3: '丁' }, reviewer: '李四', date: '2026-01-02', updatedAt: 9 };
    expect(mergeAssessments(kept, absorbed)).toEqual({
      ...base,
      documentId: 'a',
      rating: '良好',
      editedSections: { s1: '甲', s2: '乙\n\n丙', s3: '丁' },
      reviewer: '张三',
      date: '2026-01-02',
      updatedAt: 9,
    });
  });
});
