import type { FrameDocument } from '@/lib/schema';

/** Whether a tab's frames show a report Pingyue knows (one with annotations or an assessment). */
export const holdsReport = (frames: readonly FrameDocument[]): boolean => frames.some((f) => f.documentId !== null);

/**
 * The tab the panel shows: the active one when it holds a report (or nothing is kept); otherwise the
 * tab whose report the panel kept, so switching to the assessment form's tab does not lose the report
 * being assessed. While the active tab's frames are still being asked, the kept report stays shown
 * rather than blinking away.
 */
export function keptReportTab(activeTabId: number | null, activeFrames: readonly FrameDocument[] | undefined, kept: number | null): number | null {
  if (kept === null || kept === activeTabId || activeTabId === null) return activeTabId;
  return activeFrames !== undefined && holdsReport(activeFrames) ? activeTabId : kept;
}
