/** Runs `work` after every earlier call's work has settled, whether it succeeded or failed. */
export type OneAtATime = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * A queue of asynchronous work run one piece at a time, in call order: read-modify-writes that must not
 * interleave, or round trips whose replies must be applied in the order they were asked. A failure is
 * its caller's; the queue goes on.
 */
export function oneAtATime(): OneAtATime {
  let queue: Promise<unknown> = Promise.resolve();
  return <T,>(work: () => Promise<T>) => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
}
