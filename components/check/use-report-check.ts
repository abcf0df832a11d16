import { useEffect, useMemo, useState } from 'react';
import { checkReport, defaultRuleset, withOverrides, type CheckResult } from '@/lib/checker';
import type { Locale } from '@/lib/i18n/locale';
import type { CheckerSettings, PagesRead } from '@/lib/schema';
import { toRulesetOverrides } from '@/lib/tags/checker-rules';
import type { FrameTarget } from '@/lib/transport/report-frames';
import type { TabSender } from '@/lib/transport/send-to-tab';

export type ReportCheck =
  | { state: 'idle' }
  | { state: 'running' }
  /** `pages`: how much of a paged report the frame could read (the check covers only that). */
  | { state: 'done'; text: string; pages?: PagesRead | null; result: CheckResult }
  | { state: 'unavailable' };

/**
 * Runs the report checker on the text of one frame of a tab. The text is read from the frame's
 * content script (the whole report where the viewer gives it, else the pages read so far); the checker is pure and runs here, in the panel (tens of ms for a long report).
 * `revision` re-runs it (after the page changed or the reviewer asked). The active tag set's checker
 * settings (extra vague words, rules switched off; `undefined` while the set loads) apply, and
 * changing them re-runs it. Labels, messages and explanations are in the reviewer's `locale`.
 */
export function useReportCheck(
  send: TabSender,
  tabId: number | null,
  frame: FrameTarget | null,
  revision: number,
  checker: CheckerSettings | undefined,
  locale: Locale,
): ReportCheck {
  const [check, setCheck] = useState<ReportCheck>({ state: 'idle' });
  // Keyed by content: the live tag set is a new object after any edit (a renamed tag), which must not
  // re-run the check.
  const ruleset = useMemo(() => checker && withOverrides(defaultRuleset, toRulesetOverrides(checker)), [JSON.stringify(checker)]);

  const frameId = frame?.frameId ?? null;
  const frameUrl = frame?.url;
  useEffect(() => {
    if (tabId === null || frameId === null) {
      setCheck({ state: 'idle' });
      return;
    }
    if (!ruleset) return; // the active set is still loading
    let live = true;
    setCheck({ state: 'running' });
    void send(tabId, { type: 'pingyue/get-text' }, { frameId, url: frameUrl }).then((reading) => {
      if (!live) return;
      if (!reading?.text.trim()) return setCheck({ state: 'unavailable' });
      const { text, pages } = reading;
      setCheck({ state: 'done', text, pages, result: checkReport(text, ruleset, { explain: true, locale }) });
    });
    return () => {
      live = false;
    };
  }, [send, tabId, frameId, frameUrl, revision, ruleset, locale]);

  return check;
}
