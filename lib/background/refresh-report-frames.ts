import type { FrameDocument } from '@/lib/schema';
import type { FrameTarget } from '@/lib/transport/report-frames';

/**
 * After the reviewer gave or withdrew consent for a report's origin, the frames that show the report
 * (painted, or waiting for consent) announce themselves again, so they paint or unpaint at once. Only
 * those frames: a refresh makes a frame read its text again, which costs on a big page.
 */
export async function refreshReportFrames(
  tabIds: readonly number[],
  framesOf: (tabId: number) => Promise<FrameDocument[]>,
  documentIds: readonly string[],
  refresh: (tabId: number, target: FrameTarget) => Promise<unknown>,
): Promise<void> {
  if (documentIds.length === 0) return;
  const ids = new Set(documentIds);
  const shows = (f: FrameDocument) => (f.documentId !== null && ids.has(f.documentId)) || (f.awaitingConsent !== undefined && ids.has(f.awaitingConsent.documentId));
  await Promise.all(
    tabIds.map(async (tabId) => {
      const frames = (await framesOf(tabId)).filter(shows);
      await Promise.all(frames.map((f) => refresh(tabId, { frameId: f.frameId, ...(f.senderDocumentId ? { senderDocumentId: f.senderDocumentId } : {}), url: f.url })));
    }),
  );
}
