import { z } from 'zod';
import { Anchor, AnchorStatus } from './selectors';
import type { Annotation } from './annotation';
import type { TagSet } from './tag-set';
import { PageIdentity } from './document';

/**
 * Messages a content script sends to the background. Content scripts live inside hostile pages, so the
 * background parses every one of them with this schema before touching the database.
 */
export const ContentToBackground = z.discriminatedUnion('type', [
  /** A frame with text announces itself; the answer carries its stored annotations, if any. */
  z.strictObject({ type: z.literal('page/opened'), page: PageIdentity }),
  z.strictObject({
    type: z.literal('annotation/create'),
    page: PageIdentity,
    tagId: z.string().min(1).max(64),
    comment: z.string().max(20_000),
    anchor: Anchor,
  }),
  /**
   * Where re-anchoring found a report's annotations. `page` is the frame's identity: the background
   * only accepts statuses for the report that identity resolves to, so a frame cannot touch another
   * report's annotations even if it knew their ids.
   */
  z.strictObject({
    type: z.literal('annotation/statuses'),
    page: PageIdentity,
    documentId: z.string().min(1).max(128),
    statuses: z.array(z.strictObject({ id: z.string().min(1).max(128), status: AnchorStatus })).max(100_000),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Messages the background or the panel sends to a tab's content scripts (all frames or one). */
export type ToContent =
  | { type: 'pingyue/refresh' }
  /** Is this page still loaded? (The background prunes its frame registry.) */
  | { type: 'pingyue/ping' }
  | { type: 'pingyue/scroll-to'; annotationId: string }
  | { type: 'pingyue/tag-selection'; tagId: string }
  /** A keyboard command: tag the selection with the tag in this shortcut slot. */
  | { type: 'pingyue/shortcut'; slot: number }
  | { type: 'pingyue/get-text' }
  /** Checker findings as anchors: underline them, scroll to one, or turn one into an annotation. */
  | { type: 'pingyue/show-findings'; marks: { anchor: Anchor; severity: 'error' | 'warning' }[] }
  | { type: 'pingyue/focus-anchor'; anchor: Anchor }
  | { type: 'pingyue/annotate-anchor'; anchor: Anchor; tagId: string; comment: string }
  /** 填入表单: write an assessment section into the field the reviewer last focused (answer: FillFieldReply). */
  | { type: 'pingyue/fill-field'; text: string };

/**
 * A frame's answer to `pingyue/fill-field`. Sent to every frame at once, only a frame that remembers
 * a usable field answers (the first answer is the one the sender gets); no answer at all means no
 * field was focused anywhere on the page.
 */
export interface FillFieldReply {
  filled: boolean;
  frameHasField: boolean;
}

/** Extension pages (panel, options) ask the background about a tab. */
export const PageToBackground = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab/frames'), tabId: z.number().int().nonnegative() }),
  /** The options page changed tag sets or the active set: rebuild the menus and repaint every tab. */
  z.strictObject({ type: z.literal('tagsets/changed') }),
  /**
   * The toolbar's comment frame (an extension page inside the report's tab) saves what the reviewer
   * typed. The text goes frame → background only, never through the page (docs/security.md).
   */
  z.strictObject({
    type: z.literal('annotation/comment'),
    annotationId: z.string().min(1).max(128),
    comment: z.string().max(20_000),
  }),
]);
export type PageToBackground = z.infer<typeof PageToBackground>;

/** What the background remembers about each frame of a tab that holds a report. */
export const FrameDocument = z.strictObject({
  frameId: z.number().int().nonnegative(),
  /** The browser's id for the page loaded in the frame (Chrome), to tell whether it is still there. */
  senderDocumentId: z.string().optional(),
  documentId: z.string().nullable(),
  url: z.string(),
  title: z.string(),
  textLength: z.number().int().nonnegative(),
  page: PageIdentity,
});
export type FrameDocument = z.infer<typeof FrameDocument>;

/** The background's answer to `page/opened`. */
export interface PageState {
  documentId: string | null;
  annotations: Annotation[];
  tagSet: TagSet;
}

/** The background's answer to `annotation/create`: the frame's new state and the annotation just made. */
export interface CreatedState extends PageState {
  created: Annotation;
}

/** Replies carry either a value or an error message (exceptions do not cross the message boundary). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
