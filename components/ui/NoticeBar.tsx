import type { UndoEntry } from '@/lib/db';
import type { PanelText } from '@/lib/i18n/panel-text';

export interface Notice {
  message: string;
  kind: 'info' | 'error';
  /** The undo step this notice reports; 撤销 is offered only while it is still the latest step. */
  undoStep?: UndoEntry;
  details?: string[];
}

interface Props {
  notice: Notice | null;
  text: PanelText;
  /** Whether the notice's undo step is still the one `onUndo` would revert. */
  canUndo: boolean;
  onUndo(): void;
  onClose(): void;
}

/** The panel's status line: what just happened, with 撤销 while that can still be undone. */
export function NoticeBar({ notice, text, canUndo, onUndo, onClose }: Props) {
  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.message}</span>
      {notice.undoStep && canUndo && <button type="button" onClick={onUndo}>{text.undo}</button>}
      <button type="button" className="close" aria-label={text.closeNotice} onClick={onClose}>×</button>
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
