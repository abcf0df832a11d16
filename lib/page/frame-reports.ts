import type { AnchorStatus, ContentToBackground, PageIdentity, PlacementReport } from '@/lib/schema';
import type { BackgroundSender } from '@/lib/transport/send-to-background';

/** A frame's channel to the background (lib/transport/send-to-background). */
export type SendToBackground = BackgroundSender<ContentToBackground>;

/**
 * What a frame tells the background, and through it the panel, without waiting for an answer: the
 * anchor statuses placing found, and which annotations wait for their page (sent only when that
 * changed). Failures are dropped: the next placing reports again.
 */
export class FrameReports {
  private lastPlacements = '';

  constructor(private readonly send: SendToBackground) {}

  statuses(page: Promise<PageIdentity>, documentId: string, statuses: { id: string; status: AnchorStatus }[]): void {
    void page.then((p) => this.send({ type: 'annotation/statuses', page: p, documentId, statuses })).catch(() => {});
  }

  placements(report: PlacementReport): void {
    const key = JSON.stringify(report);
    if (key === this.lastPlacements) return;
    this.lastPlacements = key;
    void this.send({ type: 'page/placements', report }).catch(() => {});
  }
}
