import { useEffect, useState } from 'react';
import type { PanelText } from '@/lib/i18n/panel-text';
import { listReportTabs, type ReportTabChoice } from './use-report-tab';

interface Props {
  /** The tab whose report the panel keeps. */
  reportTabId: number;
  /** The active tab, which holds no annotated report (the assessment form, say). */
  activeTabId: number;
  text: PanelText;
  onChoose(tabId: number): void;
  /** `listReportTabs` unless a test passes its own. */
  listTabs?: () => Promise<ReportTabChoice[]>;
}

/**
 * Shown while the reviewer is in another tab than the report the panel works on (typically the OA
 * system's assessment form): which report it is, a way back to it, and a choice of another open report
 * or the current tab.
 */
export function ReportTabBar({ reportTabId, activeTabId, text, onChoose, listTabs = listReportTabs }: Props) {
  const [choices, setChoices] = useState<ReportTabChoice[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void listTabs().then((found) => live && setChoices(found), () => undefined);
    load();
    // Reports open and close in other tabs meanwhile.
    browser.storage.session.onChanged.addListener(load);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(load);
    };
  }, [listTabs]);

  const known = choices.some((c) => c.tabId === reportTabId);
  return (
    <div className="report-tab-bar" role="group" aria-label={text.reportTabLabel} data-testid="report-tab-bar">
      <p>{text.reportTabElsewhere}</p>
      <div className="row wrap">
        <label className="frame-picker">
          {text.reportTabChoose}
          <select value={reportTabId} onChange={(event) => onChoose(Number(event.target.value))}>
            {!known && <option value={reportTabId}>{text.reportTabKept}</option>}
            {choices.map((choice) => (
              <option key={choice.tabId} value={choice.tabId}>{choice.title}</option>
            ))}
            <option value={activeTabId}>{text.reportTabActive}</option>
          </select>
        </label>
        <button type="button" onClick={() => void browser.tabs.update(reportTabId, { active: true })}>{text.reportTabGo}</button>
      </div>
    </div>
  );
}
