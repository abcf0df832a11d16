import type { Table } from 'dexie';

/**
 * Work of the calling thread, in slices: a 100,000-note import run in the panel must leave every task
 * short (the reviewer's clicks wait behind it), yet stay one IndexedDB transaction so that a failure
 * writes nothing. An IndexedDB transaction commits as soon as it has no pending request when its
 * callbacks return, so a slice cannot end with `setTimeout`; it ends by awaiting a cheap request of
 * the same transaction (`pauseRequest`), whose answer arrives in a new task: the browser handles input and
 * paints in between, and the transaction stays alive.
 */
export class TimeSlicer {
  private sliceStart = performance.now();

  /** @param budgetMs longest stretch of work between two pauses. */
  constructor(
    private readonly pauseRequest: () => Promise<unknown>,
    private readonly budgetMs = SLICE_BUDGET_MS,
  ) {}

  /**
   * Whether the current slice has used its budget; then `await slicer.pause()`. A getter, not an async
   * check: Dexie follows its transaction through native `await`s only for a limited number of microtasks
   * after each of its own requests, so awaiting anything but a pause, thousands of times, would lose the
   * transaction (Dexie then reports it "committed too early").
   */
  get due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Ends the slice: the thread is free until the pause request's answer arrives. */
  async pause(): Promise<void> {
    await this.pauseRequest();
    this.sliceStart = performance.now();
  }

  /** `items.map(fn)`, pausing between slices. */
  async map<T, U>(items: readonly T[], fn: (item: T, index: number) => U): Promise<U[]> {
    const out: U[] = new Array(items.length);
    await this.forEach(items, (item, i) => (out[i] = fn(item, i)));
    return out;
  }

  /** `items.forEach(fn)`, pausing between slices. */
  async forEach<T>(items: readonly T[], fn: (item: T, index: number) => void): Promise<void> {
    for (let i = 0; i < items.length; i++) {
      fn(items[i]!, i);
      if (i % CHECK_EVERY === CHECK_EVERY - 1 && this.due) await this.pause();
    }
  }
}

/**
 * 40 ms: well under the 200 ms the panel may block (issue 14) even when a shared machine runs the same
 * work several times slower, and near the 50 ms of a "long task".
 */
export const SLICE_BUDGET_MS = 40;
/** Items between clock reads (reading the clock costs more than most items). */
const CHECK_EVERY = 256;

/**
 * `rows` written with `bulkPut` inside the caller's transaction, in calls sized so that each takes about
 * {@link SLICE_BUDGET_MS}: the clone of every row happens on the calling thread when the call is made,
 * so a call's round trip bounds the time it blocked. Starts small and grows while calls are quick,
 * shrinks when one was slow (a busy machine). Dexie tracks a call of 50 rows or more as a whole-table
 * change rather than key by key, so calls stay at or above that.
 */
export async function bulkPutInSlices<T>(table: Table<T>, rows: readonly T[], onProgress?: (written: number, total: number) => void): Promise<void> {
  let size = MIN_ROWS_PER_CALL;
  for (let i = 0; i < rows.length; ) {
    const slice = rows.slice(i, i + size);
    const started = performance.now();
    await table.bulkPut(slice as T[]);
    const took = performance.now() - started;
    i += slice.length;
    onProgress?.(i, rows.length);
    if (took < SLICE_BUDGET_MS / 2) size = Math.min(MAX_ROWS_PER_CALL, size * 2);
    else if (took > SLICE_BUDGET_MS) size = Math.max(MIN_ROWS_PER_CALL, Math.floor(size / 2));
  }
}

const MIN_ROWS_PER_CALL = 50;
const MAX_ROWS_PER_CALL = 250;
