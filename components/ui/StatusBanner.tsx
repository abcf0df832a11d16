export interface Status {
  kind: 'info' | 'error';
  message: string;
  details?: readonly string[];
}

/** What the last action did; errors list their details (field paths, changes) one per line. */
export function StatusBanner({ status, onClose }: { status: Status | null; onClose(): void }) {
  if (!status) return null;
  return (
    <div className={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="options-status">
      <span>{status.message}</span>
      <button type="button" className="close" aria-label="×" onClick={onClose}>×</button>
      {status.details && status.details.length > 0 && (
        <ul className="details">
          {status.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
