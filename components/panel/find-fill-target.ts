import type { ToContent } from '@/lib/schema';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { parseContentReply } from '@/lib/transport/send-to-tab';
import { pickFillTarget, type FrameFillTarget } from '@/lib/assessment/fill-target';

/** The slice of `browser` the search uses; tests pass a fake. */
export interface FillTargetBrowser {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    get(tabId: number): Promise<{ title?: string }>;
    sendMessage(tabId: number, message: ToContent, options: { frameId: number }): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames: true }; func: () => boolean }): Promise<{ frameId: number }[]>;
  };
  runtime: { sendMessage(message: { type: 'tab/frames'; tabId: number }): Promise<unknown> };
}

/**
 * The frames of a tab to ask. Frames are listed by running an empty function in all of them
 * (`scripting`, already granted; no `webNavigation` permission needed). Chrome refuses that call
 * outright when one frame is on a site Pingyue may not read; then the frames the background knows
 * (those that announced report text) and the top frame are asked. A tab of a site Pingyue may not
 * read has no content script: its frames answer nothing.
 */
async function framesOf(api: FillTargetBrowser, tabId: number): Promise<number[]> {
  const frameIds = new Set([0]);
  const known = await sendToBackground(api.runtime)({ type: 'tab/frames', tabId }).catch(() => []);
  for (const frame of known) frameIds.add(frame.frameId);
  try {
    const injected = await api.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    for (const result of injected) frameIds.add(result.frameId);
  } catch {
    // Some frame (or the whole tab) is off limits: ask the frames we know.
  }
  return [...frameIds];
}

/**
 * 填入表单, step 1: asks every frame of every tab which field the reviewer chose there, and picks the
 * latest (`pickFillTarget`). The assessment form is often in another tab of the OA system than the
 * report, so every tab is asked; only frames running Pingyue's content script (sites the reviewer
 * allowed) can answer, and each applies the #14 rules (trusted choice, visible) before it does.
 * A field in another tab than the report (`reportTabId`) comes with that tab's title.
 */
export async function findFillTarget(reportTabId: number | null, api: FillTargetBrowser = browser as unknown as FillTargetBrowser): Promise<FrameFillTarget | null> {
  const tabIds = (await api.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  const ask = { type: 'pingyue/fill-target' } satisfies ToContent;
  const answers = await Promise.all(
    tabIds.map(async (tabId) =>
      Promise.all(
        (await framesOf(api, tabId)).map(async (frameId) => ({
          tabId,
          frameId,
          target: parseContentReply(ask, await api.tabs.sendMessage(tabId, ask, { frameId }).catch(() => null)),
        })),
      ),
    ),
  );
  const target = pickFillTarget(answers.flat());
  if (!target || target.tabId === reportTabId) return target;
  // Another tab: the confirmation names it (its title is readable, as the site is one Pingyue may read).
  const tabTitle = (await api.tabs.get(target.tabId).catch(() => null))?.title;
  return tabTitle ? { ...target, tabTitle } : target;
}
