import { describe, expect, it } from 'vitest';
import { holdsReport, keptReportTab } from '@/lib/assessment/report-tab';
import type { FrameDocument } from '@/lib/schema';

const frame = (documentId: string | null): FrameDocument => ({
  frameId: 0, documentId, url: 'https://oa.example.gov/x', title: '', textLength: 500,
  page: { url: '', title: '', fingerprint: '0'.repeat(64), sketch: [], textLength: 500, scheme: 2, winnow: [], complete: true, pdfFingerprints: [], pages: null },
});

describe('keptReportTab', () => {
  const report = [frame('doc-1')];
  const form = [frame(null)];

  it('follows the active tab while nothing is kept or the active tab holds a report', () => {
    expect(keptReportTab(5, form, null)).toBe(5);
    expect(keptReportTab(5, report, 3)).toBe(5);
    expect(keptReportTab(3, report, 3)).toBe(3);
    expect(keptReportTab(null, undefined, 3)).toBeNull();
  });

  it('keeps the report while the active tab holds none (the form’s tab), also while its frames are still asked', () => {
    expect(keptReportTab(5, form, 3)).toBe(3);
    expect(keptReportTab(5, [], 3)).toBe(3);
    expect(keptReportTab(5, undefined, 3)).toBe(3);
  });

  it('counts only frames whose report Pingyue knows', () => {
    expect(holdsReport([frame(null), frame('doc-1')])).toBe(true);
    expect(holdsReport(form)).toBe(false);
    expect(holdsReport([])).toBe(false);
  });
});
