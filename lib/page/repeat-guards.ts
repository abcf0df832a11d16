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
 * as a key event in the page. The second delivery of a pair, by the other channel within
 * `SHORTCUT_ECHO_MS`, is an echo; two presses by the same channel are two presses.
 */
export class ShortcutEcho {
  private last: { via: ShortcutChannel | ''; slot: number; at: number } = { via: '', slot: 0, at: 0 };

  isEcho(via: ShortcutChannel, slot: number, now: number): boolean {
    const { last } = this;
    return last.slot === slot && last.via !== via && now - last.at < SHORTCUT_ECHO_MS;
  }

  /** A shortcut that was acted on: its echo is dropped from now. */
  record(via: ShortcutChannel, slot: number, now: number): void {
    this.last = { via, slot, at: now };
  }
}
