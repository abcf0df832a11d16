/**
 * Work on a large page done in slices of idle time, so that no task of ours blocks the page for long
 * (a long task is one over 50 ms). A slice is a `more()` to ask between steps: true while the slice
 * has time left. Each slice lets at least one step run, so work always progresses, even on a page that
 * is never idle (the callback's timeout then starts the slice).
 */
export type NextSlice = () => Promise<() => boolean>;

/**
 * At most this much of one idle period, however long the browser offers: well under the 50 ms of a
 * long task even when a busy machine stretches each step of the slice.
 */
const MAX_SLICE_MS = 8;
/** When the browser ran the callback only because its timeout passed (a page never idle). */
const MIN_SLICE_MS = 4;
const IDLE_TIMEOUT_MS = 500;

interface IdleDeadline {
  timeRemaining(): number;
}

export function idleSlices(win: Window): NextSlice {
  const now = () => win.performance.now();
  const sliceEnding = (ms: number) => {
    const end = now() + Math.max(MIN_SLICE_MS, Math.min(MAX_SLICE_MS, ms));
    return () => now() < end;
  };
  const idle = (win as Window & { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number })
    .requestIdleCallback;
  if (!idle) return () => new Promise((resolve) => win.setTimeout(() => resolve(sliceEnding(MAX_SLICE_MS)), 0));
  return () => new Promise((resolve) => idle.call(win, (deadline) => resolve(sliceEnding(deadline.timeRemaining())), { timeout: IDLE_TIMEOUT_MS }));
}

/** A slice that starts now, for a first step taken at once (a small page is done in it). */
export function sliceNow(win: Window, ms = MIN_SLICE_MS * 2): () => boolean {
  const end = win.performance.now() + ms;
  return () => win.performance.now() < end;
}
