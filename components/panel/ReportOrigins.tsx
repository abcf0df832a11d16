import { useState } from 'react';
import { siteName, type OriginText } from '@/lib/i18n/origin-text';

interface Props {
  /** The report's origins (`DocumentRecord.origins`): where its annotations are shown. */
  origins: readonly string[];
  /** The origin of the frame the panel shows, marked 当前页面. */
  currentOrigin: string | null;
  extensionOrigin: string;
  text: OriginText;
  /** 确认移除: the origin no longer sees the report (lib/background/origin-consent.ts `withdrawOrigin`). */
  onRemove(origin: string): Promise<void>;
}

/**
 * 在 N 个网站显示批注: the sites where the current report's annotations are shown, the current page's
 * marked, each with 移除 behind a confirmation that says what happens (the highlights go at once, the
 * notes stay, the next visit asks again). Folded until opened: most reports have one site.
 */
export function ReportOrigins({ origins, currentOrigin, extensionOrigin, text, onRemove }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The current page's site first: it is the one a reviewer looking here means.
  const sorted = [...origins].sort((a, b) => Number(b === currentOrigin) - Number(a === currentOrigin));
  const remove = (origin: string) => {
    setBusy(true);
    void onRemove(origin).finally(() => {
      setBusy(false);
      setConfirming(null);
    });
  };
  return (
    <details className="report-origins" data-testid="report-origins">
      <summary>{text.panelSummary(origins.length)}</summary>
      <p className="muted">{origins.length > 0 ? text.panelHint : text.panelNone}</p>
      <ul>
        {sorted.map((origin) => {
          const site = siteName(origin, extensionOrigin, text);
          const current = origin === currentOrigin;
          return (
            <li key={origin} data-testid="report-origin" aria-current={current ? 'page' : undefined}>
              <span className="site">{site}</span>
              {current && <span className="badge current">{text.current}</span>}
              {confirming === origin ? (
                <div className="confirm" role="group" aria-label={text.removeConfirm(site)}>
                  <p>{text.removeConfirm(site)}</p>
                  <button type="button" className="danger" disabled={busy} onClick={() => remove(origin)} autoFocus>{text.removeYes}</button>
                  <button type="button" onClick={() => setConfirming(null)}>{text.cancel}</button>
                </div>
              ) : (
                <button type="button" aria-label={text.removeLabel(site)} onClick={() => setConfirming(origin)}>{text.remove}</button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
