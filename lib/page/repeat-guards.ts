/** Ignore a second request for the same passage within this time (a double click on a tag button). */
export const REPEAT_WINDOW_MS = 800;
/** How long after one delivery of a shortcut its other delivery (command vs page key) is an echo. */
export const SHORTCUT_ECHO_MS = 1500;

/**
 * Drops a request repeated within `REPEAT_WINDOW_MS`: the same passage tagged with the same tag twice
 * in a row is a double click, not two annotations.
 */
export class RepeatGuard {
  private last = { key: '', at: 0 };

  /** True when `key` was let through less than the window ago; otherwise lets it through and remembers it. */
  isRepeat(key: string, now: number): boolean {
    if (this.last.key === key && now - this.last.at < REPEAT_WINDOW_MS) return true;
    this.last = { key, at: now };
    return false;
  }
}

export type ShortcutChannel = 'page-key' | 'command';

/**
 * Alt+Shift+N may reach a frame twice: as the browser's keyboard command (through the background) and
 * as a key event in the page. A delivery by the other channel of the same slot within `SHORTCUT_ECHO_MS`
 * of one acted on, and not yet paired, is its echo; two presses by the same channel are two presses.
 * Each delivery pairs once, and the pending ones are all kept, so quick presses of different slots
 * (1, 2, 3 while the commands are still on their way) pair each with its own echo.
 */
export class ShortcutEcho {
  /** Deliveries acted on whose echo has not come yet, oldest first. */
  private pending: { via: ShortcutChannel; slot: number; at: number }[] = [];

  /** Is this delivery the echo of one acted on? If so, that pair is done. */
  isEcho(via: ShortcutChannel, slot: number, now: number): boolean {
    this.pending = this.pending.filter((p) => now - p.at < SHORTCUT_ECHO_MS);
    const pair = this.pending.findIndex((p) => p.slot === slot && p.via !== via);
    if (pair < 0) return false;
    this.pending.splice(pair, 1);
    return true;
  }

  /** A shortcut that was acted on: its echo is dropped from now. */
  record(via: ShortcutChannel, slot: number, now: number): void {
    this.pending.push({ via, slot, at: now });
  }
}
