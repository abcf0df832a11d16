import { z } from 'zod';
import { Anchor, AnchorStatus, MAX_PAGE_NUMBER } from './selectors';
import { AnnotationSource, type Annotation } from './annotation';
import type { TagSet } from './tag-set';
import { PageIdentity } from './document';
import type { Severity } from './report-parts';

/** How much of a paged report a frame has read (已读取 6/16 页). */
export const PagesRead = z.strictObject({
  read: z.number().int().nonnegative().max(MAX_PAGE_NUMBER),
  total: z.number().int().nonnegative().max(MAX_PAGE_NUMBER),
});
export type PagesRead = z.infer<typeof PagesRead>;

/**
 * A frame's annotations that wait for their page to render (listed in the panel as 待渲染 / 在第 N 页),
 * and how much of the report it has read. Sent by the frame when it changes; the panel also asks for it.
 */
export const PlacementReport = z.strictObject({
  documentId: z.string().min(1).max(128).nullable(),
  pending: z.array(z.strictObject({ id: z.string().min(1).max(128), page: z.number().int().min(1).max(MAX_PAGE_NUMBER).nullable() })).max(100_000),
  pages: PagesRead.nullable(),
});
export type PlacementReport = z.infer<typeof PlacementReport>;

/** A frame's answer to `pingyue/get-text`: the report as far as it can be read, for the checker. */
export const ReadingText = z.strictObject({
  text: z.string(),
  pages: PagesRead.nullable(),
});
export type ReadingText = z.infer<typeof ReadingText>;

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
    source: AnnotationSource.optional(),
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
  /**
   * The frame is a paged viewer: read the standard pdf.js application in the frame's own world, if it
   * has one (answer: ViewerAppReading, validated by the background).
   */
  z.strictObject({ type: z.literal('viewer/read-app') }),
  /** For the side panel, which listens to it; the background only acknowledges it. */
  z.strictObject({ type: z.literal('page/placements'), report: PlacementReport }),
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
  /** The report's text for the checker (answer: ReadingText). */
  | { type: 'pingyue/get-text' }
  /** Which annotations wait for their page (answer: PlacementReport). */
  | { type: 'pingyue/placements' }
  /** Checker findings as anchors: underline them, scroll to one, or turn one into an annotation. */
  | { type: 'pingyue/show-findings'; marks: { anchor: Anchor; severity: Severity }[] }
  | { type: 'pingyue/focus-anchor'; anchor: Anchor }
  | { type: 'pingyue/annotate-anchor'; anchor: Anchor; tagId: string; comment: string; source: AnnotationSource }
  /** 填入表单, step 1, asked of each frame: the field the reviewer chose here, if any (answer: FillTarget | null). */
  | { type: 'pingyue/fill-target' }
  /**
   * 填入表单, step 2, sent to the one frame the reviewer confirmed: write `text` into the field chosen
   * at `chosenAt` (answer: FillFieldReply). A frame whose chosen field changed since writes nothing.
   */
  | { type: 'pingyue/fill-field'; text: string; chosenAt: number };

/** A frame's field that 填入表单 may write into, as the confirmation names it. */
export interface FillTarget {
  /** The frame's origin as its content script sees it (`location.origin`; "null" for opaque origins). */
  origin: string;
  /** The field's label on the page (page text: shown as text only); empty when it has none. */
  label: string;
  /** When the reviewer chose the field (ms since the epoch): the latest choice across frames wins. */
  chosenAt: number;
}

/** A frame's answer to `pingyue/fill-field`. */
export interface FillFieldReply {
  filled: boolean;
  /** False when the confirmed field is gone, hidden or no longer the reviewer's choice. */
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
  /** The reviewer said 显示 in the panel: frames of `origin` may see and update this report. */
  z.strictObject({
    type: z.literal('origin/consent'),
    documentId: z.string().min(1).max(128),
    origin: z.string().min(1).max(2_048),
  }),
]);
export type PageToBackground = z.infer<typeof PageToBackground>;

/** What the background remembers about each frame of a tab that holds a report. */
export const FrameDocument = z.strictObject({
  frameId: z.number().int().nonnegative(),
  /** The browser's id for the page loaded in the frame (Chrome), to tell whether it is still there. */
  senderDocumentId: z.string().optional(),
  documentId: z.string().nullable(),
  /**
   * The frame shows a stored report whose annotations its origin may not see yet (documentId is then
   * null): the panel asks the reviewer (本报告也出现在 …，显示批注？).
   */
  awaitingConsent: z.strictObject({ documentId: z.string(), origin: z.string() }).optional(),
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
