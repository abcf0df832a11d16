import { PageToBackground, type Reply } from '@/lib/schema';
import type { TabFrames } from './tab-frames';

/** Answers the extension's own pages (side panel, options). */
export async function handlePageMessage(raw: unknown, ctx: { frames: TabFrames }): Promise<Reply<unknown>> {
  const parsed = PageToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  switch (parsed.data.type) {
    case 'tab/frames':
      return { ok: true, value: await ctx.frames.list(parsed.data.tabId) };
  }
}
