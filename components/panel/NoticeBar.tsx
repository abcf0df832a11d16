import type { PanelText } from '@/lib/i18n/panel-text';

export interface Notice {
  message: string;
  kind: 'info' | 'error';
  undoable?: boolean;
  details?: string[];
}

/** The panel's status line: what just happened, with 撤销 when it can be undone. */
export function NoticeBar({ notice, text, onUndo, onClose }: { notice: Notice | null; text: PanelText; onUndo(): void; onClose(): void }) {
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.message}</span>
      {notice.undoable && <button type="button" onClick={onUndo}>{text.undo}</button>}
      <button type="button" className="close" aria-label="×" onClick={onClose}>×</button>
      {notice.details && (
        <ul className="details">
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
