import { z } from 'zod/mini';
import { lazySchema } from '@/lib/schema/lazy-schema';

/**
 * What the toolbar's comment frame (an extension page inside the report's tab) and the content script
 * tell each other. Everything here passes through the page's window (`postMessage`), so it carries only
 * facts the page may know — the frame's height, whether the field is empty, that the box closed — and
 * never the comment. The content script accepts a message only from its own frame's window at the
 * extension's origin, so the page cannot forge one; the frame takes nothing from the page at all.
 */
export const COMMENT_FRAME_CHANNEL = 'pingyue-comment-frame';

/** The frame page, relative to the extension root (listed in `web_accessible_resources`). */
export const COMMENT_FRAME_PATH = '/comment.html' as const;

/** Taller than any screen: a height beyond this is a bug, not a layout. */
const MAX_FRAME_HEIGHT = 4000;

export const CommentFrameMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    /** The frame is drawn and listens: the parent may focus it. */
    z.strictObject({ channel: z.literal(COMMENT_FRAME_CHANNEL), type: z.literal('ready') }),
    /** The frame's content height in CSS px, so the parent sizes the iframe to fit. */
    z.strictObject({ channel: z.literal(COMMENT_FRAME_CHANNEL), type: z.literal('size'), height: z.number().check(z.gte(0), z.lte(MAX_FRAME_HEIGHT)) }),
    /** Whether the field holds text the reviewer has not saved (a click on the page must not discard it). */
    z.strictObject({ channel: z.literal(COMMENT_FRAME_CHANNEL), type: z.literal('dirty'), dirty: z.boolean() }),
    /** The reviewer finished (`saved`: a comment was written) or skipped. */
    z.strictObject({ channel: z.literal(COMMENT_FRAME_CHANNEL), type: z.literal('close'), saved: z.boolean() }),
  ]),
);
export type CommentFrameMessage = z.infer<typeof CommentFrameMessage>;

type Body<T> = T extends unknown ? Omit<T, 'channel'> : never;
export type CommentFrameEvent = Body<CommentFrameMessage>;

export function frameMessage(event: CommentFrameEvent): CommentFrameMessage {
  return { channel: COMMENT_FRAME_CHANNEL, ...event } as CommentFrameMessage;
}

/**
 * A `message` event is from the comment frame only when its source is the frame's own window *and* its
 * origin is the extension's: a page can navigate the iframe to a page of its own (same window, other
 * origin), and can post from its own window (other source). Anything else, or a malformed body, is null.
 */
export function readFrameMessage(
  event: { source: unknown; origin: string; data: unknown },
  frameWindow: unknown,
  extensionOrigin: string,
): CommentFrameMessage | null {
  if (!frameWindow || event.source !== frameWindow || event.origin !== extensionOrigin) return null;
  const parsed = CommentFrameMessage.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}

/**
 * `scheme://host` of an extension URL, as `MessageEvent.origin` gives it. (`new URL(…).origin` is "null"
 * for schemes the URL standard does not know, such as chrome-extension: outside Chrome.)
 */
export function originOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  if (!match) throw new Error(`not an absolute URL: ${url}`);
  return match[1]!;
}

/** Annotation ids are UUIDs (lib/db); the frame refuses anything else in its URL. */
const ANNOTATION_ID = /^[A-Za-z0-9-]{1,128}$/;

/** The frame's URL for one annotation: the id rides in the fragment, which never reaches a server. */
export function commentFrameUrl(extensionPageUrl: string, annotationId: string): string {
  if (!ANNOTATION_ID.test(annotationId)) throw new Error(`not an annotation id: ${annotationId}`);
  return `${extensionPageUrl}#${annotationId}`;
}

/** The annotation id from the frame's own `location.hash`, or null when it is not one. */
export function annotationIdFromHash(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  // UUIDs need no escaping, so the fragment is taken as is (anything escaped is refused).
  return ANNOTATION_ID.test(id) ? id : null;
}
