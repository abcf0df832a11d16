import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PingyueDB } from '@/lib/db';
import type { PanelText } from '@/lib/i18n/panel-text';
import { openableReportUrl } from '@/lib/library/report-link';
import { reportOverview, sortReports, type ReportSortKey } from '@/lib/library/report-overview';
import type { AssessmentTemplate } from '@/lib/schema';

interface Props {
  db: PingyueDB;
  form: Pick<AssessmentTemplate, 'ratingScale'>;
  text: PanelText;
}

const COLUMNS: readonly { key: ReportSortKey; numeric?: boolean }[] = [
  { key: 'title' },
  { key: 'notes', numeric: true },
  { key: 'flags', numeric: true },
  { key: 'rating' },
];

/**
 * Before the meeting: one row per report — notes, flags, rating, rated or not — sortable by any column
 * (a second click reverses), unrated reports marked so none is forgotten. A title opens its report
 * when its address is a web address.
 */
export function ReportOverview({ db, form, text }: Props) {
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const annotations = useLiveQuery(() => db.annotations.toArray(), [db]);
  const assessments = useLiveQuery(() => db.assessments.toArray(), [db]);
  const [sort, setSort] = useState<{ key: ReportSortKey; descending: boolean }>({ key: 'updated', descending: false });
  const rows = useMemo(
    () => (documents && annotations && assessments ? sortReports(reportOverview({ documents, annotations, assessments, form }), sort.key, form.ratingScale, sort.descending) : []),
    [documents, annotations, assessments, form, sort],
  );
  const done = rows.filter((r) => r.done).length;
  const sortBy = (key: ReportSortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const ariaSort = (key: ReportSortKey) => (sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending');

  if (rows.length === 0) return <p className="empty">{text.overviewEmpty}</p>;
  return (
    <div className="overview" data-testid="report-overview">
      <p className="muted" data-testid="overview-count">{text.overviewCount(rows.length, done)}</p>
      <table>
        <caption className="visually-hidden">{text.overviewCaption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ key, numeric }) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)} className={numeric ? 'numeric' : undefined}>
                <button type="button" onClick={() => sortBy(key)}>{text.overviewColumns[key]}</button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const url = openableReportUrl(row.url);
            return (
              <tr key={row.documentId} data-testid="overview-row" className={row.done ? 'done' : 'undone'}>
                <th scope="row">
                  {url ? (
                    <button type="button" className="report-link" title={url} onClick={() => void browser.tabs.create({ url })}>{row.title || text.libraryUnknownReport}</button>
                  ) : (
                    <span title={row.url}>{row.title || text.libraryUnknownReport}</span>
                  )}
                  {row.needsCheck > 0 && <span className="badge uncertain">{text.overviewNeedsCheck(row.needsCheck)}</span>}
                </th>
                <td className="numeric">{row.notes}</td>
                <td className="numeric">{row.flags}</td>
                <td>{row.rating !== null ? text.ratingName(row.rating) : <span className="badge unrated">{text.overviewUnrated}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
