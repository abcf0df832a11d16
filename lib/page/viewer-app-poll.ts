/** The pdf.js application may still be loading its document: ask again at most this often, this many times. */
const APP_RETRY_MS = 1_000;
const APP_MAX_TRIES = 30;

/**
 * When to ask a paged viewer's pdf.js application for its document: not more than once a second, at
 * most thirty times, and never again once it answered (loaded, or absent).
 */
export class ViewerAppPoll {
  private tries = 0;
  private lastAt = -Infinity;
  private done = false;

  /** Whether to ask now; counts the try when it says yes. */
  tryNow(now: number): boolean {
    if (this.done || this.tries >= APP_MAX_TRIES || now - this.lastAt < APP_RETRY_MS) return false;
    this.tries++;
    this.lastAt = now;
    return true;
  }

  /** The application answered for good. */
  finish(): void {
    this.done = true;
  }
}
