import type { ToContent } from '@/lib/schema';
import { parseContentReply } from '@/lib/transport/send-to-tab';
import { pickFillTarget, type FrameFillTarget } from '@/lib/assessment/fill-target';

/**
 * Asks each frame of the tab, one by one by frame id, which field the reviewer chose there, and picks
 * the latest (`pickFillTarget`). Frames are listed by running an empty function in all of them
 * (`scripting`, already granted; no `webNavigation` permission needed). Chrome refuses that call
 * outright when one frame is on a site Pingyue may not read; then the frames the background knows
 * (`knownFrameIds`, which hold reports) and the top frame are asked.
 */
export async function findFillTarget(tabId: number, knownFrameIds: readonly number[]): Promise<FrameFillTarget | null> {
  const frameIds = new Set([0, ...knownFrameIds]);
  try {
    const injected = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    for (const result of injected) frameIds.add(result.frameId);
  } catch {
    // Some frame is off limits: ask the frames we know.
  }
  const ask = { type: 'pingyue/fill-target' } satisfies ToContent;
  const answers = await Promise.all(
    [...frameIds].map(async (frameId) => ({
      frameId,
      target: parseContentReply(ask, await browser.tabs.sendMessage(tabId, ask, { frameId }).catch(() => null)),
    })),
  );
  return pickFillTarget(answers);
}
