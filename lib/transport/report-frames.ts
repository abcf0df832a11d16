import { ToContent } from '@/lib/schema';

/**
 * How the panel and the background reach the code that shows a report in a tab. Web pages have our
 * content script, reached with `tabs.sendMessage`; the reader (entrypoints/reader) is an extension page
 * in a tab, where browsers inject no content script and which `tabs.sendMessage` does not reach, so it
 * gets the same messages by runtime messaging, in an envelope addressed to its tab.
 */
export const READER_PATH = '/reader.html';

/** A `ToContent` message for the reader page shown in tab `tabId` (its frame is always the top, 0). */
export interface ReaderEnvelope {
  type: 'pingyue/to-reader';
  tabId: number;
  frameId?: number;
  message: ToContent;
}

/**
 * Which frame of the tab to reach; none means every frame. `url` is the frame's page as the frame
 * registry recorded it: with it the right channel is used alone, without it both are tried.
 */
export interface FrameTarget {
  frameId?: number;
  /** Chrome's id of the page loaded in the frame: reaches it only if it is still that page. */
  senderDocumentId?: string;
  url?: string;
}

/** The slice of the extension API the seam uses (a test seam). */
export interface MessagingApi {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number; documentId?: string }): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
}

export type SendToReportFrames = (tabId: number, message: ToContent, target?: FrameTarget) => Promise<unknown>;

/** Whether `url` is the reader page of the extension whose reader lives at `readerUrl`. */
export function isReaderUrl(url: string | undefined, readerUrl: string): boolean {
  if (!url) return false;
  try {
    // Not `origin`: it is "null" for extension schemes in some URL implementations.
    const { protocol, host, pathname } = new URL(url);
    return `${protocol}//${host}${pathname}` === readerUrl;
  } catch {
    return false;
  }
}

/** The first answer that is not `undefined` (frames that have nothing to say stay silent), else undefined. */
function firstAnswer(replies: Promise<unknown>[]): Promise<unknown> {
  return new Promise((resolve) => {
    let pending = replies.length;
    for (const reply of replies) {
      void reply.then((value) => {
        if (value !== undefined) resolve(value);
        else if (--pending === 0) resolve(undefined);
      });
    }
  });
}

/** Sends to a tab's report frames, whichever kind of page shows the report. Never rejects. */
export function reportFrames(api: MessagingApi): SendToReportFrames {
  const readerUrl = api.runtime.getURL(READER_PATH);
  const toContent = (tabId: number, message: ToContent, target?: FrameTarget) => {
    const options = target?.senderDocumentId !== undefined ? { documentId: target.senderDocumentId } : target?.frameId !== undefined ? { frameId: target.frameId } : {};
    return api.tabs.sendMessage(tabId, message, options).catch(() => undefined);
  };
  const toReader = (tabId: number, message: ToContent, target?: FrameTarget) => {
    const envelope: ReaderEnvelope = { type: 'pingyue/to-reader', tabId, ...(target?.frameId !== undefined ? { frameId: target.frameId } : {}), message };
    return api.runtime.sendMessage(envelope).catch(() => undefined);
  };
  return (tabId, message, target) => {
    if (target?.url !== undefined) return isReaderUrl(target.url, readerUrl) ? toReader(tabId, message, target) : toContent(tabId, message, target);
    return firstAnswer([toContent(tabId, message, target), toReader(tabId, message, target)]);
  };
}

/** What the browser tells a listener about a message's sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
}

/**
 * The reader's half: the `ToContent` message inside `raw` if it is an envelope for the reader in tab
 * `tabId`, sent by one of this extension's own pages (the panel) or its background, else null. Content
 * scripts also reach extension pages by runtime messaging; their sender URL is a web page's, so they are
 * refused here, as is any envelope for another tab or frame, and any message the protocol does not know.
 */
export function readerMessageOf(raw: unknown, sender: SenderInfo, self: { extensionId: string; extensionBase: string; tabId: number }): ToContent | null {
  const envelope = raw as Partial<ReaderEnvelope> | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.type !== 'pingyue/to-reader') return null;
  if (sender.id !== self.extensionId || !sender.url?.startsWith(self.extensionBase)) return null;
  if (envelope.tabId !== self.tabId || (envelope.frameId ?? 0) !== 0) return null;
  const message = ToContent.safeParse(envelope.message);
  return message.success ? message.data : null;
}

/** Whether the background should leave `raw` to the reader pages (it must not answer it itself). */
export const isReaderEnvelope = (raw: unknown): boolean => (raw as { type?: unknown } | null)?.type === 'pingyue/to-reader';
