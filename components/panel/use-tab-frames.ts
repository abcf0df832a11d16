import { useEffect, useState } from 'react';
import type { FrameDocument, Reply } from '@/lib/schema';

/**
 * The frames of a tab that hold report text, as the background last heard from them. Undefined until
 * they are known: never the previous tab's frames for a moment after a switch.
 */
export function useTabFrames(tabId: number | null): FrameDocument[] | undefined {
  const [loaded, setLoaded] = useState<{ tabId: number; frames: FrameDocument[] } | undefined>(undefined);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = async () => {
      const reply = (await browser.runtime.sendMessage({ type: 'tab/frames', tabId })) as Reply<FrameDocument[]>;
      if (live) setLoaded({ tabId, frames: reply?.ok ? reply.value : [] });
    };
    void load();
    const onChanged = (changes: Record<string, unknown>) => {
      if (`frames:${tabId}` in changes) void load();
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  return loaded?.tabId === tabId ? loaded.frames : undefined;
}

/** The frame the panel should show: one whose report has annotations, else the one with most text. */
export function pickReportFrame(frames: readonly FrameDocument[], chosen: number | null): FrameDocument | null {
  const byChoice = frames.find((f) => f.frameId === chosen);
  if (byChoice) return byChoice;
  const withDocument = frames.filter((f) => f.documentId !== null);
  const pool = withDocument.length > 0 ? withDocument : frames;
  return pool.reduce<FrameDocument | null>((best, f) => (!best || f.textLength > best.textLength ? f : best), null);
}
