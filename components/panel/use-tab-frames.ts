import { useEffect, useState } from 'react';
import type { FrameDocument } from '@/lib/schema';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { tabFramesKey } from '@/lib/background/tab-frames';

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
      const frames = await sendToBackground(browser.runtime)({ type: 'tab/frames', tabId }).catch(() => []);
      if (live) setLoaded({ tabId, frames });
    };
    void load();
    const onChanged = (changes: Record<string, unknown>) => {
      if (tabFramesKey(tabId) in changes) void load();
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
