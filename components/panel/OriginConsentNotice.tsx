import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PingyueDB } from '@/lib/db';
import type { FrameDocument } from '@/lib/schema';
import type { PanelText } from '@/lib/i18n/panel-text';
import { siteName, type OriginText } from '@/lib/i18n/origin-text';

interface Request {
  documentId: string;
  origin: string;
}

interface Props {
  db: PingyueDB;
  frames: readonly FrameDocument[];
  text: PanelText;
  originText: OriginText;
  /** The extension's own origin (the reader), named as such. */
  extensionOrigin: string;
  /** Page loads (`pageLoadKey`) where the reviewer just withdrew the report's origin: said, with 撤销, not asked. */
  withdrawn: ReadonlySet<string>;
  /** The reviewer said 显示 (or undid a withdrawal): bind the report to the origin (lib/background/origin-consent.ts) and repaint. */
  onShow(request: Request): Promise<void>;
}

const keyOf = (r: Request) => `${r.documentId} ${r.origin}`;

/**
 * One page load of a frame showing a report at an origin. The answer 不显示 (and a withdrawal made in
 * this panel) holds for that page load: when the page reloads or opens again the reviewer is asked
 * again (Chrome names each page load; Firefox does not, so there it holds while the panel is open).
 */
export const pageLoadKey = (frame: Pick<FrameDocument, 'senderDocumentId'>, request: Request) => `${keyOf(request)} ${frame.senderDocumentId ?? ''}`;

/**
 * Frames of this tab that show a stored report on an origin where the reviewer has not used it: one
 * question per report and origin (本报告也出现在 https://x.example，显示批注？). Nothing is painted there
 * until 显示. Where the reviewer has just withdrawn the origin in this panel, the notice says so instead.
 */
export function OriginConsentNotice({ db, frames, text, originText, extensionOrigin, withdrawn, onShow }: Props) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const requests = new Map<string, { request: Request; loads: string[]; withdrawnHere: boolean }>();
  for (const f of frames) {
    if (!f.awaitingConsent) continue;
    const load = pageLoadKey(f, f.awaitingConsent);
    if (dismissed.has(load)) continue;
    const entry = requests.get(keyOf(f.awaitingConsent)) ?? { request: f.awaitingConsent, loads: [], withdrawnHere: true };
    entry.loads.push(load);
    entry.withdrawnHere &&= withdrawn.has(load);
    requests.set(keyOf(f.awaitingConsent), entry);
  }
  if (requests.size === 0) return null;
  const dismiss = (loads: readonly string[]) => setDismissed((previous) => new Set([...previous, ...loads]));
  return (
    <>
      {[...requests].map(([key, { request, loads, withdrawnHere }]) => (
        <ConsentRequest
          key={key}
          db={db}
          request={request}
          site={siteName(request.origin, extensionOrigin, originText)}
          withdrawnHere={withdrawnHere}
          text={text}
          originText={originText}
          onShow={() => onShow(request)}
          onHide={() => dismiss(loads)}
        />
      ))}
    </>
  );
}

interface RequestProps {
  db: PingyueDB;
  request: Request;
  site: string;
  withdrawnHere: boolean;
  text: PanelText;
  originText: OriginText;
  onShow(): Promise<void>;
  onHide(): void;
}

function ConsentRequest({ db, request, site, withdrawnHere, text, originText, onShow, onHide }: RequestProps) {
  const title = useLiveQuery(async () => (await db.documents.get(request.documentId))?.title, [db, request.documentId]);
  const [busy, setBusy] = useState(false);
  const show = () => {
    setBusy(true);
    void onShow().finally(() => setBusy(false));
  };
  if (withdrawnHere) {
    return (
      <section className="notice consent" role="region" aria-label={originText.withdrawnHere(site)} data-testid="origin-withdrawn">
        {title && <strong className="consent-title">{title}</strong>}
        <span role="status">{originText.withdrawnHere(site)}</span>
        <button type="button" disabled={busy} onClick={show}>{originText.undo}</button>
        <button type="button" className="close" aria-label={text.closeNotice} onClick={onHide}>×</button>
      </section>
    );
  }
  return (
    <section className="notice consent" role="region" aria-label={text.consentQuestion(site)} data-testid="origin-consent">
      {title && <strong className="consent-title">{title}</strong>}
      <span>{text.consentQuestion(site)}</span>
      <button type="button" disabled={busy} onClick={show}>{text.consentShow}</button>
      <button type="button" onClick={onHide}>{text.consentHide}</button>
      <p className="consent-hint">{text.consentHint}</p>
    </section>
  );
}
