import type { PagesRead } from '@/lib/schema';
import type { TextChange } from './watch-text-changes';

/** How much text a change added and removed (its records are not needed here). */
type TextCount = Pick<TextChange, 'added' | 'removed'>;

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

  /**
   * A change too small to announce or to make the identity stale (a clock, a counter, a ticker on a
   * large page), given how much changed since the identity was computed: it is absorbed here.
   */
  absorbsSmallChange(change: TextCount, changedSinceIdentity: number): boolean {
    if (this.announced.length < MIN_ANNOUNCED_TEXT) return false;
    const threshold = smallChange(this.announced.length);
    const net = this.announced.textChange + change.added - change.removed;
    if (Math.abs(net) >= threshold || changedSinceIdentity >= threshold) return false;
    this.announced.textChange = net;
    return true;
  }

  /** Whether the frame should be announced again after `change`, given the pages it has read now. */
  shouldAnnounce(change: TextCount, pages: PagesRead | null): boolean {
    if (pages) return pages.read > this.announced.pages;
    this.announced.textChange += change.added - change.removed;
    const threshold = smallChange(this.announced.length);
    return Math.abs(this.announced.textChange) >= threshold || (this.announced.length < MIN_ANNOUNCED_TEXT && change.added > 0);
  }
}

/** Characters of change that matter for a text of `length`: a tenth of it, at least the announced minimum. */
export function smallChange(length: number): number {
  return Math.max(MIN_ANNOUNCED_TEXT, length * REANNOUNCE_SHARE);
}
