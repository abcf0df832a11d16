import { PageToBackground, type BackgroundReply, type Reply } from '@/lib/schema';
import { updateAnnotation, type PingyueDB } from '@/lib/db';
import type { TabFrames } from './tab-frames';
import type { MessageSender } from './handle-content-message';
import { isReaderUrl } from '@/lib/transport/report-frames';
import { recordOriginUse, withdrawOrigin } from './origin-consent';

/**
 * Whether a message comes from one of this extension's own pages (side panel, options): the browser
 * sets `sender.id` and `sender.url`, and only extension pages have the extension's origin (content
 * scripts report the page's URL). Everything else goes to the stricter content-script handler.
 */
export function isExtensionPage(sender: { id?: string; url?: string }, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && (sender.url?.startsWith(extensionBase) ?? false);
}

/**
 * Whether a message comes from the reader (entrypoints/reader): our own page, at the top of a tab. It
 * runs the same Annotator as a content script and sends the same messages, which the background answers
 * with the content-script handler and its checks (the page it describes must be the sending page).
 */
export function isReaderPage(sender: MessageSender, extensionId: string, readerUrl: string): boolean {
  return sender.id === extensionId && sender.tab?.id !== undefined && sender.frameId === 0 && isReaderUrl(sender.url, readerUrl);
}

export interface PageMessageContext {
  db: PingyueDB;
  now: () => number;
  frames: TabFrames;
  /** Rebuilds what shows the active tag set outside the extension's pages: menus and painted tabs. */
  onTagSetsChanged(): Promise<void>;
  /** Where these reports may be shown changed: their open frames paint (or unpaint) at once. */
  onReportOriginsChanged(documentIds: readonly string[]): Promise<void>;
}

/** Answers the extension's own pages (side panel, options, the toolbar's comment frame). */
export async function handlePageMessage(raw: unknown, ctx: PageMessageContext): Promise<Reply<BackgroundReply<PageToBackground>>> {
  const parsed = PageToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  switch (message.type) {
    case 'tab/frames':
      return { ok: true, value: await ctx.frames.list(message.tabId) } satisfies Reply<BackgroundReply<typeof message>>;
    case 'tagsets/changed':
      await ctx.onTagSetsChanged();
      return { ok: true, value: null } satisfies Reply<BackgroundReply<typeof message>>;
    case 'annotation/comment': {
      const { annotationId, comment } = message;
      try {
        const change = await updateAnnotation(ctx.db, annotationId, { comment }, ctx.now());
        return change ? ({ ok: true, value: change.after } satisfies Reply<BackgroundReply<typeof message>>) : { ok: false, error: 'annotation not found' };
      } catch (error) {
        // A full disk (StorageFullError) or a closed database: the frame keeps the text and says so.
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }
    case 'origin/consent': {
      const { documentId, origin } = message;
      if (!(await recordOriginUse(ctx.db, documentId, origin))) return { ok: false, error: 'report not found' };
      await ctx.onReportOriginsChanged([documentId]);
      return { ok: true, value: null } satisfies Reply<BackgroundReply<typeof message>>;
    }
    case 'origin/withdraw': {
      const withdrawn = await withdrawOrigin(ctx.db, message.origin, message.documentId);
      await ctx.onReportOriginsChanged(withdrawn);
      return { ok: true, value: withdrawn } satisfies Reply<BackgroundReply<typeof message>>;
    }
  }
}
