import { useState } from 'react';
import type { PingyueDB } from '@/lib/db';
import type { PanelText } from '@/lib/i18n/panel-text';
import type { TagSet } from '@/lib/schema';
import { LibraryView } from './LibraryView';
import { ReportOverview } from './ReportOverview';

interface Props {
  db: PingyueDB;
  tagSet: Pick<TagSet, 'tags' | 'form'>;
  text: PanelText;
}

/** 全部报告: by report (the meeting overview, first) or by annotation (search across every report). */
export function ReportsView({ db, tagSet, text }: Props) {
  const [by, setBy] = useState<'report' | 'annotation'>('report');
  return (
    <div className="reports">
      <div className="segmented" role="group" aria-label={text.reportsBy}>
        <button type="button" aria-pressed={by === 'report'} onClick={() => setBy('report')}>{text.reportsByReport}</button>
        <button type="button" aria-pressed={by === 'annotation'} onClick={() => setBy('annotation')}>{text.reportsByAnnotation}</button>
      </div>
      {by === 'report' ? <ReportOverview db={db} form={tagSet.form} text={text} /> : <LibraryView db={db} tags={tagSet.tags} text={text} />}
    </div>
  );
}
