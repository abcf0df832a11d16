import type { BackgroundReply, Reply, ToBackground } from '@/lib/schema';

/** Sends one message to the background and resolves to its answer, typed by the protocol map. */
export type BackgroundSender<Sent extends ToBackground = ToBackground> = <M extends Sent>(message: M) => Promise<BackgroundReply<M>>;

/**
 * The one channel to the background, for content scripts and extension pages alike: a runtime message,
 * its `Reply` unwrapped or thrown. The background is ours, so its answer is typed, not parsed.
 */
export function sendToBackground(runtime: { sendMessage(message: unknown): Promise<unknown> }): BackgroundSender {
  return async <M extends ToBackground>(message: M) => {
    const reply = (await runtime.sendMessage(message)) as Reply<BackgroundReply<M>> | undefined;
    if (!reply) throw new Error('Pingyue: no reply from the background');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}
