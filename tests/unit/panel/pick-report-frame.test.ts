import { describe, expect, it } from 'vitest';
import { pickReportFrame } from '@/components/panel/use-tab-frames';
import { findingsOverlapping, suggestedTagId } from '@/lib/checker/finding-tag';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { FrameDocument } from '@/lib/schema';

const frame = (frameId: number, textLength: number, documentId: string | null = null): FrameDocument => ({
  frameId, textLength, documentId, url: `https://x/${frameId}`, title: '', page: { url: '', title: '', fingerprint: '0'.repeat(64), sketch: [], textLength, scheme: 2, winnow: [], complete: true, pdfFingerprints: [], pages: null },
});

describe('pickReportFrame', () => {
  it('prefers the frame whose report has annotations, then the one with most text, then the reviewer’s choice', () => {
    const shell = frame(0, 80);
    const report = frame(3, 9_000);
    const annotated = frame(4, 500, 'doc');
    expect(pickReportFrame([shell, report], null)).toBe(report);
    expect(pickReportFrame([shell, report, annotated], null)).toBe(annotated);
    expect(pickReportFrame([shell, report, annotated], 0)).toBe(shell);
    expect(pickReportFrame([], null)).toBeNull();
  });
});

describe('finding → annotation', () => {
  it('suggests 问题 for vague problems, 措施 for vague measures, and the section’s tag for placeholders', () => {
    const tags = DEFAULT_TAG_SET.tags;
    expect(suggestedTagId({ rule: 'vague-problem', section: 'problem' }, tags)).toBe('problem');
    expect(suggestedTagId({ rule: 'vague-measure', section: 'measure' }, tags)).toBe('measure');
    expect(suggestedTagId({ rule: 'missing-data', section: 'achievement' }, tags)).toBe('achievement');
    expect(suggestedTagId({ rule: 'vague-measure' }, [tags[0]!])).toBe('achievement');
  });
  it('finds the flags whose spans overlap a passage, not those that only touch it', () => {
    const findings = [{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 25, end: 30 }];
    expect(findingsOverlapping(findings, 5, 12)).toEqual([findings[0], findings[1]]);
    expect(findingsOverlapping(findings, 20, 25)).toEqual([]);
  });
});
