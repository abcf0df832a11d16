import { useEffect, useState } from 'react';
import { ContentToBackground, type PlacementReport } from '@/lib/schema';
import type { FrameTarget } from '@/lib/transport/report-frames';
import type { TabSender } from '@/lib/transport/send-to-tab';

interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Which annotations of a frame wait for their page to render (pdf.js draws only pages near the
 * viewport), and how much of the report the frame has read. Asked once, then kept current from the
 * reports the frame sends whenever it changes (they reach every extension page; this one keeps those
 * of its tab and frame). Both arrive from a content script, so both are parsed (the answer by `send`).
 */
export function usePlacements(send: TabSender, tabId: number | null, frame: FrameTarget | null): PlacementReport | null {
  const [report, setReport] = useState<PlacementReport | null>(null);
  const frameId = frame?.frameId ?? null;
  const frameUrl = frame?.url;

  useEffect(() => {
    setReport(null);
    if (tabId === null || frameId === null) return;
    let live = true;
    const accept = (value: PlacementReport | undefined) => {
      if (live && value) setReport(value);
    };
    void send(tabId, { type: 'pingyue/placements' }, { frameId, url: frameUrl }).then(accept);
    const onMessage = (message: unknown, sender: Sender) => {
      if (sender.tab?.id !== tabId || sender.frameId !== frameId) return;
      const parsed = ContentToBackground.safeParse(message);
      if (parsed.success && parsed.data.type === 'page/placements') accept(parsed.data.report);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [send, tabId, frameId, frameUrl]);

  return report;
}
