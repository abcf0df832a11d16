import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { Anchor, AnchorStatus, MAX_PAGE_NUMBER } from './selectors';
import { AnnotationSource, type Annotation } from './annotation';
import type { TagSet } from './tag-set';
import { PageIdentity } from './document';
import type { ViewerAppReading } from './viewer-app';
import { Severity } from './report-parts';

/** How much of a paged report a frame has read (已读取 6/16 页). */
export const PagesRead = lazySchema(() =>
  z.strictObject({
    read: z.int().check(z.nonnegative(), z.lte(MAX_PAGE_NUMBER)),
    total: z.int().check(z.nonnegative(), z.lte(MAX_PAGE_NUMBER)),
  }),
);
export type PagesRead = z.infer<typeof PagesRead>;

/**
 * A frame's annotations that wait for their page to render (listed in the panel as 待渲染 / 在第 N 页),
 * and how much of the report it has read. Sent by the frame when it changes; the panel also asks for it.
 */
export const PlacementReport = lazySchema(() =>
  z.strictObject({
    documentId: z.nullable(z.string().check(z.minLength(1), z.maxLength(128))),
    pending: z
      .array(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(128)), page: z.nullable(z.int().check(z.gte(1), z.lte(MAX_PAGE_NUMBER))) }))
      .check(z.maxLength(100_000)),
    pages: z.nullable(PagesRead),
  }),
);
export type PlacementReport = z.infer<typeof PlacementReport>;

/** A frame's answer to `pingyue/get-text`: the report as far as it can be read, for the checker. */
export const ReadingText = lazySchema(() =>
  z.strictObject({
    text: z.string(),
    pages: z.nullable(PagesRead),
  }),
);
export type ReadingText = z.infer<typeof ReadingText>;

/**
 * Messages a content script sends to the background. Content scripts live inside hostile pages, so the
 * background parses every one of them with this schema before touching the database.
 */
export const ContentToBackground = lazySchema(() =>
  z.discriminatedUnion('type', [
    /** A frame with text announces itself; the answer carries its stored annotations, if any. */
    z.strictObject({ type: z.literal('page/opened'), page: PageIdentity }),
    z.strictObject({
      type: z.literal('annotation/create'),
      page: PageIdentity,
      tagId: z.string().check(z.minLength(1), z.maxLength(64)),
      comment: z.string().check(z.maxLength(20_000)),
      anchor: Anchor,
      source: z.optional(AnnotationSource),
    }),
    /**
     * Where re-anchoring found a report's annotations. `page` is the frame's identity: the background
     * only accepts statuses for the report that identity resolves to, so a frame cannot touch another
     * report's annotations even if it knew their ids.
     */
    z.strictObject({
      type: z.literal('annotation/statuses'),
      page: PageIdentity,
      documentId: z.string().check(z.minLength(1), z.maxLength(128)),
      statuses: z.array(z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(128)), status: AnchorStatus })).check(z.maxLength(100_000)),
    }),
    /**
     * The frame is a paged viewer: read the standard pdf.js application in the frame's own world, if it
     * has one (answer: ViewerAppReading, validated by the background).
     */
    z.strictObject({ type: z.literal('viewer/read-app') }),
    /** For the side panel, which listens to it; the background only acknowledges it. */
    z.strictObject({ type: z.literal('page/placements'), report: PlacementReport }),
    /** The reviewer clicked a highlight: the panel selects its card (and opens, where the browser allows). */
    z.strictObject({ type: z.literal('page/annotation-clicked'), annotationId: z.string().check(z.minLength(1), z.maxLength(128)) }),
  ]),
);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/**
 * Messages the background or the panel sends to a tab's content scripts (all frames or one). Frames
 * parse them like any other input (lib/page/answer-message, lib/transport/report-frames).
 */
export const ToContent = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('pingyue/refresh') }),
    /** Is this page still loaded? (The background prunes its frame registry.) */
    z.strictObject({ type: z.literal('pingyue/ping') }),
    z.strictObject({ type: z.literal('pingyue/scroll-to'), annotationId: z.string().check(z.minLength(1), z.maxLength(128)) }),
    z.strictObject({ type: z.literal('pingyue/tag-selection'), tagId: z.string().check(z.minLength(1), z.maxLength(64)) }),
    /** A keyboard command: tag the selection with the tag in this shortcut slot. */
    z.strictObject({ type: z.literal('pingyue/shortcut'), slot: z.int().check(z.gte(1), z.lte(9)) }),
    /** The report's text for the checker. */
    z.strictObject({ type: z.literal('pingyue/get-text') }),
    /** Which annotations wait for their page. */
    z.strictObject({ type: z.literal('pingyue/placements') }),
    /** Checker findings as anchors: underline them, scroll to one, or turn one into an annotation. */
    z.strictObject({
      type: z.literal('pingyue/show-findings'),
      marks: z.array(z.strictObject({ anchor: Anchor, severity: Severity })).check(z.maxLength(100_000)),
    }),
    z.strictObject({ type: z.literal('pingyue/focus-anchor'), anchor: Anchor }),
    z.strictObject({ type: z.literal('pingyue/annotate-anchor'), anchor: Anchor, tagId: z.string().check(z.minLength(1), z.maxLength(64)), comment: z.string().check(z.maxLength(20_000)), source: AnnotationSource }),
    /** 确认: the annotation's anchor described afresh where it is placed now. */
    z.strictObject({ type: z.literal('pingyue/describe-annotation'), annotationId: z.string().check(z.minLength(1), z.maxLength(128)) }),
    /** 重新定位: an anchor for what the reviewer has selected in the frame now. */
    z.strictObject({ type: z.literal('pingyue/describe-selection') }),
    /** 填入表单, step 1, asked of each frame: the field the reviewer chose here, if any. */
    z.strictObject({ type: z.literal('pingyue/fill-target') }),
    /**
     * 填入表单, step 2, sent to the one frame the reviewer confirmed: write `text` into the field chosen
     * at `chosenAt`. A frame whose chosen field changed since writes nothing.
     */
    z.strictObject({ type: z.literal('pingyue/fill-field'), text: z.string().check(z.maxLength(1_000_000)), chosenAt: z.number() }),
  ]),
);
export type ToContent = z.infer<typeof ToContent>;

/** A frame's field that 填入表单 may write into, as the confirmation names it. */
export const FillTarget = lazySchema(() =>
  z.strictObject({
    /** The frame's origin as its content script sees it (`location.origin`; "null" for opaque origins). */
    origin: z.string().check(z.maxLength(2048)),
    /** The field's label on the page (page text: shown as text only); empty when it has none. */
    label: z.string().check(z.maxLength(2048)),
    /** When the reviewer chose the field (ms since the epoch): the latest choice across frames wins. */
    chosenAt: z.number(),
  }),
);
export type FillTarget = z.infer<typeof FillTarget>;

/** A frame's answer to `pingyue/fill-field`. */
export const FillFieldReply = lazySchema(() =>
  z.strictObject({
    filled: z.boolean(),
    /** False when the confirmed field is gone, hidden or no longer the reviewer's choice. */
    frameHasField: z.boolean(),
  }),
);
export type FillFieldReply = z.infer<typeof FillFieldReply>;

/**
 * The protocol's tab half: what a frame answers to each `ToContent` message. Frames run inside pages we
 * do not trust, so every answer is parsed with its schema (lib/transport/send-to-tab); `z.undefined()`
 * where the frame does not answer.
 */
export const CONTENT_REPLIES = lazySchema(
  () =>
    ({
      'pingyue/refresh': z.undefined(),
      /** True from a frame that is there; the reader answers false while it shows no file. */
      'pingyue/ping': z.boolean(),
      /** Whether the passage could be shown. */
      'pingyue/scroll-to': z.boolean(),
      'pingyue/tag-selection': z.undefined(),
      'pingyue/shortcut': z.undefined(),
      'pingyue/get-text': ReadingText,
      'pingyue/placements': PlacementReport,
      /** How many findings were drawn. */
      'pingyue/show-findings': z.int().check(z.nonnegative()),
      'pingyue/focus-anchor': z.boolean(),
      /** Whether the annotation was made. */
      'pingyue/annotate-anchor': z.boolean(),
      /** Null when the passage (or the selection) is nowhere in the frame. */
      'pingyue/describe-annotation': z.nullable(Anchor),
      'pingyue/describe-selection': z.nullable(Anchor),
      'pingyue/fill-target': z.nullable(FillTarget),
      'pingyue/fill-field': FillFieldReply,
    }) satisfies { [K in ToContent['type']]: z.ZodMiniType },
);

/** A frame's answer to `M`. */
export type ContentReply<M extends ToContent> = z.infer<(typeof CONTENT_REPLIES)[M['type']]>;

/** Extension pages (panel, options) ask the background about a tab. */
export const PageToBackground = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('tab/frames'), tabId: z.int().check(z.nonnegative()) }),
    /** The options page changed tag sets or the active set: rebuild the menus and repaint every tab. */
    z.strictObject({ type: z.literal('tagsets/changed') }),
    /**
     * The toolbar's comment frame (an extension page inside the report's tab) saves what the reviewer
     * typed. The text goes frame → background only, never through the page (docs/security.md).
     */
    z.strictObject({
      type: z.literal('annotation/comment'),
      annotationId: z.string().check(z.minLength(1), z.maxLength(128)),
      comment: z.string().check(z.maxLength(20_000)),
    }),
    /** The reviewer said 显示 in the panel: frames of `origin` may see and update this report. */
    z.strictObject({
      type: z.literal('origin/consent'),
      documentId: z.string().check(z.minLength(1), z.maxLength(128)),
      origin: z.string().check(z.minLength(1), z.maxLength(2_048)),
    }),
    /**
     * The reviewer withdrew consent (panel 移除, options 不再在此网站显示批注): frames of `origin` no longer see
     * the report `documentId`, or any report when it is null. Answer: the ids of the reports that lost it.
     */
    z.strictObject({
      type: z.literal('origin/withdraw'),
      documentId: z.nullable(z.string().check(z.minLength(1), z.maxLength(128))),
      origin: z.string().check(z.minLength(1), z.maxLength(2_048)),
    }),
  ]),
);
export type PageToBackground = z.infer<typeof PageToBackground>;

/** What the background remembers about each frame of a tab that holds a report. */
export const FrameDocument = lazySchema(() =>
  z.strictObject({
    frameId: z.int().check(z.nonnegative()),
    /** The browser's id for the page loaded in the frame (Chrome), to tell whether it is still there. */
    senderDocumentId: z.optional(z.string()),
    documentId: z.nullable(z.string()),
    /**
     * The frame shows a stored report whose annotations its origin may not see yet (documentId is then
     * null): the panel asks the reviewer (本报告也出现在 …，显示批注？).
     */
    awaitingConsent: z.optional(z.strictObject({ documentId: z.string(), origin: z.string() })),
    url: z.string(),
    title: z.string(),
    textLength: z.int().check(z.nonnegative()),
    page: PageIdentity,
  }),
);
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

/** Every message the background answers. */
export type ToBackground = ContentToBackground | PageToBackground;

/**
 * The protocol's background half: the value the background answers each message with, inside a `Reply`.
 * The background builds its answers against this map (lib/background) and senders read them through it
 * (lib/transport/send-to-background), so neither side names a reply type of its own.
 */
export interface BackgroundReplies {
  'page/opened': PageState;
  'annotation/create': CreatedState;
  'annotation/statuses': null;
  'page/annotation-clicked': null;
  'viewer/read-app': ViewerAppReading;
  'page/placements': null;
  'tab/frames': FrameDocument[];
  'tagsets/changed': null;
  /** The annotation as saved. */
  'annotation/comment': Annotation;
  'origin/consent': null;
  'origin/withdraw': string[];
}

/** The background's answer to `M`. */
export type BackgroundReply<M extends ToBackground> = BackgroundReplies[M['type']];

/** Replies carry either a value or an error message (exceptions do not cross the message boundary). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
