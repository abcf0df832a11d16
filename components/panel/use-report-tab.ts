import { useEffect, useState } from 'react';
import type { FrameDocument } from '@/lib/schema';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { holdsReport, keptReportTab } from '@/lib/assessment/report-tab';
import { useTabFrames } from './use-tab-frames';

/** A tab holding an annotated report, as the 更换报告 list names it. */
export interface ReportTabChoice {
  tabId: number;
  title: string;
}

export interface ReportTab {
  /** The tab whose report the panel shows. */
  tabId: number | null;
  frames: FrameDocument[] | undefined;
  /** The active tab, when the panel kept a report from another tab (the form tab is active): else null. */
  activeTabId: number | null;
  /** Work on this tab's report instead (the reviewer's choice while the active tab holds none). */
  choose(tabId: number): void;
}

/**
 * The tab whose report the panel works on. Normally the active tab; but when the reviewer switches to
 * a tab holding no annotated report (the OA system's assessment form, a search), the panel keeps the
 * report it was showing, so 评议意见 can still be drafted and filled into that form. The kept report
 * is let go when its tab closes or stops holding it.
 */
export function useReportTab(activeTabId: number | null): ReportTab {
  const activeFrames = useTabFrames(activeTabId);
  const [kept, setKept] = useState<number | null>(null);
  const shownTabId = keptReportTab(activeTabId, activeFrames, kept);
  const shownFrames = useTabFrames(shownTabId);
  const frames = shownTabId === activeTabId ? activeFrames : shownFrames;

  // The active tab's report becomes the one kept; a kept tab that no longer holds a report is let go.
  useEffect(() => {
    if (activeTabId !== null && activeFrames && holdsReport(activeFrames)) setKept(activeTabId);
  }, [activeTabId, activeFrames]);
  useEffect(() => {
    if (kept !== null && kept !== activeTabId && shownTabId === kept && shownFrames && !holdsReport(shownFrames)) setKept(null);
  }, [kept, activeTabId, shownTabId, shownFrames]);
  useEffect(() => {
    const onRemoved = (tabId: number) => setKept((current) => (current === tabId ? null : current));
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => browser.tabs.onRemoved.removeListener(onRemoved);
  }, []);

  return { tabId: shownTabId, frames, activeTabId: shownTabId !== activeTabId ? activeTabId : null, choose: setKept };
}

/** The open tabs holding an annotated report, for the reviewer to pick from (lists are asked of the background). */
export async function listReportTabs(): Promise<ReportTabChoice[]> {
  const tabs = await browser.tabs.query({});
  const toBackground = sendToBackground(browser.runtime);
  const found = await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return [];
      const frames = await toBackground({ type: 'tab/frames', tabId: id }).catch(() => []);
      const report = frames.find((f) => f.documentId !== null);
      return report ? [{ tabId: id, title: report.title || report.url }] : [];
    }),
  );
  return found.flat();
}
