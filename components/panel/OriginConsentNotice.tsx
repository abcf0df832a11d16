import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PingyueDB } from '@/lib/db';
import type { FrameDocument } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';

interface Request {
  documentId: string;
  origin: string;
}

interface Props {
  db: PingyueDB;
  frames: readonly FrameDocument[];
  text: PanelText;
  /** The reviewer said 显示: bind the report to the origin (lib/background/origin-consent.ts) and repaint. */
  onShow(request: Request): Promise<void>;
}

const keyOf = (r: Request) => `${r.documentId} ${r.origin}`;

/**
 * Frames of this tab that show a stored report on an origin where the reviewer has not used it: one
 * question per report and origin (本报告也出现在 https://x.example，显示批注？). 不显示 answers for as long
 * as the panel is open; nothing is painted there either way until 显示.
 */
export function OriginConsentNotice({ db, frames, text, onShow }: Props) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const requests = new Map<string, Request>();
  for (const f of frames) if (f.awaitingConsent && !dismissed.has(keyOf(f.awaitingConsent))) requests.set(keyOf(f.awaitingConsent), f.awaitingConsent);
  if (requests.size === 0) return null;
  const dismiss = (key: string) => setDismissed((previous) => new Set(previous).add(key));
  return (
    <>
      {[...requests].map(([key, request]) => (
        <ConsentRequest key={key} db={db} request={request} text={text} onShow={() => onShow(request)} onHide={() => dismiss(key)} />
      ))}
    </>
  );
}

function ConsentRequest({ db, request, text, onShow, onHide }: { db: PingyueDB; request: Request; text: PanelText; onShow(): Promise<void>; onHide(): void }) {
  const title = useLiveQuery(async () => (await db.documents.get(request.documentId))?.title, [db, request.documentId]);
  const [busy, setBusy] = useState(false);
  return (
    <section className="notice consent" role="region" aria-label={text.consentQuestion(request.origin)} data-testid="origin-consent">
      {title && <strong className="consent-title">{title}</strong>}
      <span>{text.consentQuestion(request.origin)}</span>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onShow().finally(() => setBusy(false));
        }}
      >
        {text.consentShow}
      </button>
      <button type="button" onClick={onHide}>{text.consentHide}</button>
      <p className="consent-hint">{text.consentHint}</p>
    </section>
  );
}
