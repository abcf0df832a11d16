import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeString } from '@/lib/anchoring/normalize';
import { PageIdentity } from '@/lib/schema';
import { capWinnow, containment, SHINGLE_LENGTH, unionWinnows, WINNOW_CAP, WINNOW_WINDOW, winnowFingerprints, WinnowStream } from '@/lib/documents/winnow';
import { CONTAINED_THRESHOLD, MIN_CONTAINMENT_EVIDENCE } from '@/lib/documents/match-document';
import { pagesOf, random, renderedPages, templateReport } from '../../fixtures/documents/paged-report';

const winnowOf = (text: string) => winnowFingerprints(normalizeString(text));

/** A 1-based page list: `count` distinct pages of `total`, in an order drawn by fast-check. */
const pageSelection = (total: number) =>
  fc.shuffledSubarray(Array.from({ length: total }, (_, i) => i + 1), { minLength: 1, maxLength: 4 });

describe('winnowFingerprints', () => {
  it('is sorted, distinct, int32 and deterministic', () => {
    const w = winnowOf(templateReport(1));
    expect(w.length).toBeGreaterThan(500);
    expect(w).toEqual([...new Set(w)].sort((a, b) => a - b));
    expect(w.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31)).toBe(true);
    expect(winnowOf(templateReport(1))).toEqual(w);
  });

  it('selects about 2/(w+1) of the shingles of varied text', () => {
    const next = random(9);
    const text = Array.from({ length: 20_000 }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 5000))).join('');
    const density = winnowOf(text).length / (text.length - SHINGLE_LENGTH + 1);
    expect(density).toBeGreaterThan(1.6 / (WINNOW_WINDOW + 1));
    expect(density).toBeLessThan(2.4 / (WINNOW_WINDOW + 1));
  });

  it('guarantees a common fingerprint for any shared run of k+w-1 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 7000 }), (seed, start) => {
        const report = templateReport(seed);
        const run = report.slice(start, start + SHINGLE_LENGTH + WINNOW_WINDOW - 1);
        fc.pre(normalizeString(run).length === SHINGLE_LENGTH + WINNOW_WINDOW - 1);
        const shared = containment(winnowOf(`甲乙丙${run}丁戊己`), winnowOf(report));
        expect(shared.value).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });

  it('is empty below one shingle and one fingerprint for a single shingle', () => {
    expect(winnowOf('述职报告')).toEqual([]);
    expect(winnowOf('述职报告述职报告')).toHaveLength(1);
  });

  it(`keeps the ${WINNOW_CAP} smallest fingerprints of a long report, not the first ones`, () => {
    const long = Array.from({ length: 12 }, (_, i) => templateReport(100 + i, 10_000)).join('\n');
    const w = winnowOf(long);
    expect(w).toHaveLength(WINNOW_CAP);
    // The tail of the report is sampled as densely as its head.
    const head = containment(winnowOf(long.slice(0, 30_000)), w);
    const tail = containment(winnowOf(long.slice(-30_000)), w);
    expect(head.value).toBeGreaterThan(0.97);
    expect(tail.value).toBeGreaterThan(0.97);
    expect(Math.abs(head.evidence - tail.evidence)).toBeLessThan(0.25 * head.evidence);
  });
});

describe('containment', () => {
  const REPORTS = Array.from({ length: 40 }, (_, i) => i + 1);

  it('finds any page(s) of a report, in any order, with running headers and footers, in the whole report', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORTS), fc.integer({ min: 500, max: 1500 }), (seed, pageLength) => {
        const report = templateReport(seed, 9_000);
        const pages = pagesOf(report, pageLength);
        const whole = winnowOf(renderedPages(pages, pages.map((_, i) => i + 1)));
        const asDocx = winnowOf(report); // the same report in a viewer without page furniture
        fc.assert(
          fc.property(pageSelection(pages.length - 1), (numbers) => {
            const view = winnowOf(renderedPages(pages, numbers));
            for (const stored of [whole, asDocx]) {
              const c = containment(view, stored);
              expect(c.evidence).toBeGreaterThanOrEqual(MIN_CONTAINMENT_EVIDENCE);
              expect(c.value).toBeGreaterThanOrEqual(CONTAINED_THRESHOLD);
            }
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 20 },
    );
  });

  it('does not find a page of another report built on the same template (same headings and stock sentences)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORTS), fc.integer({ min: 500, max: 1500 }), (seed, pageLength) => {
        const stored = winnowOf(templateReport(seed));
        const other = pagesOf(templateReport(seed + 1000), pageLength);
        for (let n = 1; n < other.length; n++) {
          const c = containment(winnowOf(renderedPages(other, [n])), stored);
          expect(c.value).toBeLessThan(CONTAINED_THRESHOLD);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('still finds a page of a lightly edited report (one character in 200 changed)', () => {
    for (const seed of REPORTS.slice(0, 10)) {
      const report = templateReport(seed);
      const next = random(seed);
      const edited = [...report].map((c, i) => (i % 200 === Math.floor(next() * 200) ? '改' : c)).join('');
      const stored = winnowOf(report);
      for (const page of pagesOf(edited).slice(0, -1)) {
        expect(containment(winnowOf(page), stored).value).toBeGreaterThanOrEqual(CONTAINED_THRESHOLD);
      }
    }
  });

  it('estimates on the fingerprints below a capped winnow’s threshold, so pages of very long reports are found', () => {
    const long = Array.from({ length: 10 }, (_, i) => templateReport(200 + i, 10_000)).join('\n');
    const stored = winnowOf(long);
    expect(stored).toHaveLength(WINNOW_CAP);
    for (const page of pagesOf(long, 1500).filter((_, i) => i % 7 === 3)) {
      const c = containment(winnowOf(page), stored);
      expect(c.evidence).toBeGreaterThan(MIN_CONTAINMENT_EVIDENCE);
      expect(c.value).toBeGreaterThanOrEqual(CONTAINED_THRESHOLD);
    }
  });

  it('is 0 with no evidence', () => {
    expect(containment([], [1, 2, 3])).toEqual({ value: 0, evidence: 0 });
  });
});

describe('unionWinnows', () => {
  const winnow = fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 6000 }).map(capWinnow);

  it('never loses a fingerprint below the result’s threshold, stays capped and sorted, and is order-free', () => {
    fc.assert(
      fc.property(winnow, winnow, (a, b) => {
        const u = unionWinnows(a, b);
        expect(u.length).toBeLessThanOrEqual(WINNOW_CAP);
        expect(u).toEqual(capWinnow(u));
        expect(unionWinnows(b, a)).toEqual(u);
        const threshold = u.length === WINNOW_CAP ? u.at(-1)! : Infinity;
        const kept = new Set(u);
        for (const h of [...a, ...b]) if (h <= threshold) expect(kept.has(h)).toBe(true);
        // What a view contributed is still contained in the grown identity.
        if (a.length > 0) expect(containment(a, u).value).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the Winnow schema', () => {
  const identity = (winnow: number[]) => ({ ...basePage, winnow });
  const basePage = { url: 'https://a/', title: 't', fingerprint: '0'.repeat(64), sketch: [], textLength: 0, scheme: 2, complete: false, pdfFingerprints: [], pages: null };

  it('accepts what winnowFingerprints makes and refuses unsorted, repeated, over-long or non-int32 lists', () => {
    expect(PageIdentity.safeParse(identity(winnowOf(templateReport(1)))).success).toBe(true);
    for (const bad of [[3, 1], [1, 1], Array.from({ length: WINNOW_CAP + 1 }, (_, i) => i), [2 ** 31]]) {
      expect(PageIdentity.safeParse(identity(bad)).success).toBe(false);
    }
  });
});

describe('WinnowStream', () => {
  it('cuts its selections down as a long text is read, with the same winnow as when it keeps them all', () => {
    const long = normalizeString(Array.from({ length: 30 }, (_, i) => templateReport(300 + i, 10_000)).join('\n'));
    const compacting = new WinnowStream();
    const keepingAll = new WinnowStream(Infinity);
    for (let at = 0; at < long.length; at += 7_777) {
      compacting.push(long.slice(at, at + 7_777));
      keepingAll.push(long.slice(at, at + 7_777));
    }
    expect(compacting.finish()).toEqual(keepingAll.finish());
  });
});
