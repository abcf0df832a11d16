import { describe, expect, it } from 'vitest';
import type { DocumentRecord, PageIdentity } from '@/lib/schema';
import { matchDocument } from '@/lib/documents/match-document';

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
