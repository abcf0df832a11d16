import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { Anchor, AnchorStatus } from './selectors';
import { Timestamp } from './timestamp';

export const AnnotationId = lazySchema(() => z.string().check(z.minLength(1), z.maxLength(128)));

/**
 * Where an annotation came from, when not from the reviewer's own selection: `checker` is a finding of
 * the report checker accepted in 体检 (转为批注), with the rule that found it. Versioned so later kinds
 * or fields can be told apart; `ruleId` is any string, so a rule of a newer build still imports.
 */
export const AnnotationSource = lazySchema(() =>
  z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('checker'), version: z.literal(1), ruleId: z.string().check(z.minLength(1), z.maxLength(64)) })]),
);
export type AnnotationSource = z.infer<typeof AnnotationSource>;

/** One tagged passage. Tags are referenced by id, so renaming or recolouring a tag repaints it. */
export const Annotation = lazySchema(() =>
  z.strictObject({
    id: AnnotationId,
    documentId: z.string().check(z.minLength(1), z.maxLength(128)),
    tagId: z.string().check(z.minLength(1), z.maxLength(64)),
    comment: z.string().check(z.maxLength(20_000)),
    anchor: Anchor,
    /** Last result of re-anchoring on the page; shown in the panel as 待确认 / 未能定位. */
    anchorStatus: AnchorStatus,
    /** Absent for the reviewer's own notes (and in files and databases from before it existed). */
    source: z.optional(AnnotationSource),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type Annotation = z.infer<typeof Annotation>;
