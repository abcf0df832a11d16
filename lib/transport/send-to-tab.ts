import { CONTENT_REPLIES, type ContentReply, type ToContent } from '@/lib/schema';
import { reportFrames, type FrameTarget, type MessagingApi } from './report-frames';

/** Sends one message to a tab's report frames; resolves to the frame's answer, typed by the protocol map, or undefined. */
export type TabSender = <M extends ToContent>(tabId: number, message: M, target?: FrameTarget) => Promise<ContentReply<M> | undefined>;

/**
 * A frame's answer to `message`, parsed with its schema (frames run in pages we do not trust);
 * undefined when the frame did not answer or answered something malformed.
 */
export function parseContentReply<M extends ToContent>(message: M, raw: unknown): ContentReply<M> | undefined {
  const parsed = CONTENT_REPLIES[message.type].safeParse(raw);
  return parsed.success ? (parsed.data as ContentReply<M>) : undefined;
}

/** The one channel to a tab, for the background and the panel: `reportFrames` (any kind of page), answers checked. */
export function sendToTab(api: MessagingApi): TabSender {
  const send = reportFrames(api);
  return async (tabId, message, target) => parseContentReply(message, await send(tabId, message, target));
}
