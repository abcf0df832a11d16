import { useEffect, useState } from 'react';
import { ContentToBackground, PlacementReport } from '@/lib/schema';
import type { FrameTarget, SendToReportFrames } from '@/lib/transport/report-frames';

interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Which annotations of a frame wait for their page to render (pdf.js draws only pages near the
 * viewport), and how much of the report the frame has read. Asked once, then kept current from the
 * reports the frame sends whenever it changes (they reach every extension page; this one keeps those
 * of its tab and frame). Both arrive from a content script, so both are parsed.
 */
export function usePlacements(send: SendToReportFrames, tabId: number | null, frame: FrameTarget | null): PlacementReport | null {
  const [report, setReport] = useState<PlacementReport | null>(null);
  const frameId = frame?.frameId ?? null;
  const frameUrl = frame?.url;

  useEffect(() => {
    setReport(null);
    if (tabId === null || frameId === null) return;
    let live = true;
    const accept = (value: unknown) => {
      const parsed = PlacementReport.safeParse(value);
      if (live && parsed.success) setReport(parsed.data);
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
