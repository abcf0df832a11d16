import type { ContentToBackground, Reply } from '@/lib/schema';
import type { SendToBackground } from './annotator';

/** The Annotator's channel to the background: one runtime message, its `Reply` unwrapped or thrown. */
export function sendToBackground(runtime: { sendMessage(message: unknown): Promise<unknown> }): SendToBackground {
  return async <T,>(message: ContentToBackground): Promise<T> => {
    const reply = (await runtime.sendMessage(message)) as Reply<T> | undefined;
    if (!reply) throw new Error('Pingyue: no reply from the background');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}
