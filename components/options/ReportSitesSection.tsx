import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PingyueDB } from '@/lib/db';
import type { Reply } from '@/lib/schema';
import { listReportSites } from '@/lib/background/origin-consent';
import { originOf } from '@/lib/documents/report-origins';
import { siteName, type OriginText } from '@/lib/i18n/origin-text';
import type { Status } from '@/components/ui/StatusBanner';

interface Props {
  db: PingyueDB;
  text: OriginText;
  onStatus(status: Status): void;
}

/** What is being confirmed: a whole site (`documentId` null) or one report on it. */
interface Pending {
  origin: string;
  documentId: string | null;
  message: string;
}

/**
 * 显示批注的网站: every site where some report's annotations are shown, with its reports. The reviewer
 * withdraws a site from every report (不再在此网站显示批注) or from one report, after a confirmation; the
 * background unpaints open pages at once (lib/background/origin-consent.ts), and no note is deleted.
 */
export function ReportSitesSection({ db, text, onStatus }: Props) {
  const sites = useLiveQuery(() => listReportSites(db), [db]);
  const [pending, setPending] = useState<Pending | null>(null);
  const extensionOrigin = originOf(browser.runtime.getURL('/'));

  const withdraw = async ({ origin, documentId }: Pending) => {
    setPending(null);
    const reply = (await browser.runtime.sendMessage({ type: 'origin/withdraw', origin, documentId })) as Reply<string[]> | undefined;
    if (!reply?.ok) return onStatus({ kind: 'error', message: text.failed, details: [reply?.error ?? ''] });
    onStatus({ kind: 'info', message: text.siteWithdrawn(siteName(origin, extensionOrigin, text), reply.value.length) });
  };

  return (
    <section className="report-sites" aria-labelledby="report-sites-heading" data-testid="report-sites">
      <h2 id="report-sites-heading">{text.sitesHeading}</h2>
      <p className="muted">{text.sitesIntro}</p>
      {sites && sites.length === 0 && <p className="muted">{text.sitesEmpty}</p>}
      <ul className="sites">
        {sites?.map(({ origin, reports }) => {
          const site = siteName(origin, extensionOrigin, text);
          const confirm = (documentId: string | null, message: string) =>
            pending?.origin === origin && pending.documentId === documentId && (
              <div className="confirm" role="alertdialog" aria-label={message} data-testid="site-confirm">
                <p>{message}</p>
                <button type="button" className="danger" autoFocus onClick={() => void withdraw(pending)}>{text.removeYes}</button>
                <button type="button" onClick={() => setPending(null)}>{text.cancel}</button>
              </div>
            );
          const siteMessage = text.siteWithdrawConfirm(site, reports.length);
          return (
            <li key={origin} className="report-site" data-testid="report-site">
              <div className="row wrap">
                <strong className="site">{site}</strong>
                <span className="muted">{text.siteReports(reports.length)}</span>
                <button type="button" aria-label={text.siteWithdrawLabel(site)} onClick={() => setPending({ origin, documentId: null, message: siteMessage })}>
                  {text.siteWithdraw}
                </button>
              </div>
              {confirm(null, siteMessage)}
              <ul>
                {reports.map((report) => {
                  const title = report.title || text.untitled;
                  const message = text.removeConfirm(site);
                  return (
                    <li key={report.id} data-testid="site-report">
                      <span title={report.url}>{title}</span>
                      <button type="button" aria-label={text.reportRemoveLabel(title, site)} onClick={() => setPending({ origin, documentId: report.id, message: `${title}：${message}` })}>
                        {text.remove}
                      </button>
                      {confirm(report.id, `${title}：${message}`)}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
