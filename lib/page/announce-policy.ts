import type { PagesRead } from '@/lib/schema';
import type { TextChange } from './watch-text-changes';

/** Frames with less text than this are not announced. */
export const MIN_ANNOUNCED_TEXT = 20;
/** Once announced, the frame is announced again when its text grows or shrinks by this share. */
const REANNOUNCE_SHARE = 0.1;

/**
 * When a frame tells the background about itself again. Frames draw text late and piecemeal, and each
 * announcement costs the background a database round trip, so only changes that matter count: text
 * arrived in a frame that had none, grew or shrank by a tenth, or a paged viewer read a new page.
 */
export class AnnouncePolicy {
  private announced = { length: -1, pages: -1, textChange: 0 };

  /** The frame was (or would have been) announced with this much text and these pages read. */
  announcedAt(textLength: number, pages: PagesRead | null): void {
    this.announced = { length: textLength, pages: pages?.read ?? -1, textChange: 0 };
  }

  /** Whether the frame should be announced again after `change`, given the pages it has read now. */
  shouldAnnounce(change: TextChange, pages: PagesRead | null): boolean {
    if (pages) return pages.read > this.announced.pages;
    this.announced.textChange += change.added - change.removed;
    const threshold = Math.max(MIN_ANNOUNCED_TEXT, this.announced.length * REANNOUNCE_SHARE);
    return Math.abs(this.announced.textChange) >= threshold || (this.announced.length < MIN_ANNOUNCED_TEXT && change.added > 0);
  }
}
