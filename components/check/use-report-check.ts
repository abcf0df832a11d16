import { useEffect, useState } from 'react';
import { checkReport, type CheckResult } from '@/lib/checker';

export type ReportCheck =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; text: string; result: CheckResult }
  | { state: 'unavailable' };

/**
 * Runs the report checker on the text of one frame of a tab. The text is read from the frame's
 * content script; the checker is pure and runs here, in the panel (tens of ms for a long report).
 * `revision` re-runs it (after the page changed or the reviewer asked).
 */
export function useReportCheck(tabId: number | null, frameId: number | null, revision: number): ReportCheck {
  const [check, setCheck] = useState<ReportCheck>({ state: 'idle' });

  useEffect(() => {
    if (tabId === null || frameId === null) {
      setCheck({ state: 'idle' });
      return;
    }
    let live = true;
    setCheck({ state: 'running' });
    browser.tabs
      .sendMessage(tabId, { type: 'pingyue/get-text' }, { frameId })
      .then((text: unknown) => {
        if (!live) return;
        setCheck(typeof text === 'string' && text.trim() ? { state: 'done', text, result: checkReport(text) } : { state: 'unavailable' });
      })
      .catch(() => live && setCheck({ state: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [tabId, frameId, revision]);

  return check;
}
