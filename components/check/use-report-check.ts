import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { checkReport, defaultRuleset, withOverrides, type CheckResult } from '@/lib/checker';
import { getActiveTagSet, getPingyueDB } from '@/lib/db';
import { toRulesetOverrides } from '@/lib/tags/checker-rules';

export type ReportCheck =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; text: string; result: CheckResult }
  | { state: 'unavailable' };

/**
 * Runs the report checker on the text of one frame of a tab. The text is read from the frame's
 * content script; the checker is pure and runs here, in the panel (tens of ms for a long report).
 * `revision` re-runs it (after the page changed or the reviewer asked). The active tag set's checker
 * settings (extra vague words, rules switched off) apply, and changing them re-runs it.
 */
export function useReportCheck(tabId: number | null, frameId: number | null, revision: number): ReportCheck {
  const [check, setCheck] = useState<ReportCheck>({ state: 'idle' });
  const checker = useLiveQuery(async () => (await getActiveTagSet(getPingyueDB())).checker, []);
  // Keyed by content: the live query yields a new object after any edit of the set (a renamed tag),
  // which must not re-run the check.
  const ruleset = useMemo(() => checker && withOverrides(defaultRuleset, toRulesetOverrides(checker)), [JSON.stringify(checker)]);

  useEffect(() => {
    if (tabId === null || frameId === null) {
      setCheck({ state: 'idle' });
      return;
    }
    if (!ruleset) return; // the active set is still loading
    let live = true;
    setCheck({ state: 'running' });
    browser.tabs
      .sendMessage(tabId, { type: 'pingyue/get-text' }, { frameId })
      .then((text: unknown) => {
        if (!live) return;
        setCheck(typeof text === 'string' && text.trim() ? { state: 'done', text, result: checkReport(text, ruleset) } : { state: 'unavailable' });
      })
      .catch(() => live && setCheck({ state: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [tabId, frameId, revision, ruleset]);

  return check;
}
