import { ContentToBackground, type BackgroundReply, type PageIdentity, type PageState, type Reply, type ViewerAppReading } from '@/lib/schema';
import { isReaderUrl } from '@/lib/transport/report-frames';
import { openWithConsent, originMayUse, recordOriginUse } from './origin-consent';
import { originOf, originOfSender } from '@/lib/documents/report-origins';
import {
  createAnnotation,
  findDocument,
  getActiveTagSet,
  listDocumentAnnotations,
  setAnchorStatuses,
  type PingyueDB,
} from '@/lib/db';

/** What the browser tells us about who sent a message. */
export interface MessageSender {
  id?: string;
  url?: string;
  /** The sending frame's origin (also right for `about:blank` and `srcdoc` frames). */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  /** Chrome's id for the sending page (not in Firefox). */
  documentId?: string;
}

export interface FrameSeen {
  tabId: number;
  frameId: number;
  senderDocumentId?: string;
  page: PageIdentity;
  documentId: string | null;
  /** The frame shows a stored report that its origin may not see until the reviewer consents. */
  awaitingConsent?: { documentId: string; origin: string };
}

export interface ContentMessageContext {
  db: PingyueDB;
  extensionId: string;
  now: () => number;
  /** Records which report a tab's frame shows, for the side panel. */
  onFrameSeen: (frame: FrameSeen) => Promise<void>;
  /** Reads the pdf.js viewer application in the frame's own world, validated; absent when not given. */
  readViewerApp?: (tabId: number, frameId: number) => Promise<ViewerAppReading>;
  /**
   * The reader page (lib/transport), when the sender is it: it names the file it shows in its address
   * (`?file=`) after loading, which the browser's sender URL does not follow, so its page URL is checked
   * to be the reader's, whatever the query.
   */
  readerUrl?: string;
  /** A highlight was clicked (lib/link): called before anything is awaited, within the user's gesture. */
  onAnnotationClicked?: (click: { tabId: number; frameId: number; annotationId: string }) => Promise<void>;
}

const frameOf = (sender: MessageSender, tabId: number) => ({
  tabId,
  frameId: sender.frameId!,
  ...(sender.documentId ? { senderDocumentId: sender.documentId } : {}),
});

const withoutFragment = (url: string) => url.split('#')[0];

function describesSender(pageUrl: string, senderUrl: string, readerUrl: string | undefined): boolean {
  if (readerUrl !== undefined && isReaderUrl(senderUrl, readerUrl)) return isReaderUrl(pageUrl, readerUrl);
  return withoutFragment(senderUrl) === withoutFragment(pageUrl);
}

/**
 * Validates and answers one message from a content script. Content scripts run inside pages we do
 * not trust, so the message is parsed with zod, the sender must be this extension's content script in
 * a tab, and the page it describes must be the frame it was sent from.
 */
export async function handleContentMessage(raw: unknown, sender: MessageSender, ctx: ContentMessageContext): Promise<Reply<BackgroundReply<ContentToBackground>>> {
  const tabId = sender.tab?.id;
  if (sender.id !== ctx.extensionId || tabId === undefined || sender.frameId === undefined) {
    return { ok: false, error: 'rejected: not a content script of this extension' };
  }
  const parsed = ContentToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? ''}` };
  const message = parsed.data;
  if ('page' in message && sender.url && !describesSender(message.page.url, sender.url, ctx.readerUrl)) {
    return { ok: false, error: 'rejected: the page does not match the sending frame' };
  }
  const { db } = ctx;
  // The reader is the extension's own page: its origin is the extension's, and opening a file there is the reviewer's own act.
  const origin = ctx.readerUrl === undefined ? originOfSender(sender) : originOf(ctx.readerUrl);
  try {
    switch (message.type) {
      case 'page/opened': {
        // A known report learns from every view (more pages, a new URL, a real title) where its origin
        // may see it (lib/background/origin-consent.ts); an unknown page creates nothing until it is tagged.
        const { document, shown } = await openWithConsent(db, message.page, origin, ctx.now(), ctx.readerUrl !== undefined);
        const state = await pageState(db, shown ? document!.id : null);
        const awaitingConsent = document && !shown ? { awaitingConsent: { documentId: document.id, origin } } : {};
        await ctx.onFrameSeen({ ...frameOf(sender, tabId), page: message.page, documentId: state.documentId, ...awaitingConsent });
        return { ok: true, value: state } satisfies Reply<BackgroundReply<typeof message>>;
      }
      case 'annotation/create': {
        const { page, tagId, comment, anchor, source } = message;
        const created = await createAnnotation(db, { page, tagId, comment, anchor, source }, ctx.now());
        await recordOriginUse(db, created.documentId, origin); // tagging here is using the report here
        const state = await pageState(db, created.documentId);
        await ctx.onFrameSeen({ ...frameOf(sender, tabId), page, documentId: created.documentId });
        return { ok: true, value: { ...state, created } } satisfies Reply<BackgroundReply<typeof message>>;
      }
      case 'annotation/statuses': {
        // A frame may only report on annotations of the document its own page resolves to, from an origin the report is used at.
        const document = await findDocument(db, message.page);
        if (document?.id !== message.documentId) return { ok: false, error: 'rejected: not the document this page shows' };
        if (!originMayUse(document, origin)) return { ok: false, error: 'rejected: the report is not used at this origin' };
        const own = new Set((await listDocumentAnnotations(db, document.id)).map((a) => a.id));
        await setAnchorStatuses(db, message.statuses.filter((s) => own.has(s.id)));
        return { ok: true, value: null } satisfies Reply<BackgroundReply<typeof message>>;
      }
      case 'viewer/read-app':
        return { ok: true, value: (await ctx.readViewerApp?.(tabId, sender.frameId)) ?? { state: 'absent' } } satisfies Reply<BackgroundReply<typeof message>>;
      case 'page/placements':
        return { ok: true, value: null } satisfies Reply<BackgroundReply<typeof message>>;
      case 'page/annotation-clicked':
        await ctx.onAnnotationClicked?.({ tabId, frameId: sender.frameId, annotationId: message.annotationId });
        return { ok: true, value: null } satisfies Reply<BackgroundReply<typeof message>>;
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** What a frame needs to paint: its report's annotations (none for an unknown report) and the tags. */
async function pageState(db: PingyueDB, documentId: string | null): Promise<PageState> {
  return {
    documentId,
    annotations: documentId ? await listDocumentAnnotations(db, documentId) : [],
    tagSet: await getActiveTagSet(db),
  };
}
