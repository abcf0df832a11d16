import { z } from 'zod';
import { Anchor, AnchorStatus } from './selectors';
import { Timestamp } from './timestamp';

export const AnnotationId = z.string().min(1).max(128);

/** One tagged passage. Tags are referenced by id, so renaming or recolouring a tag repaints it. */
export const Annotation = z.strictObject({
  id: AnnotationId,
  documentId: z.string().min(1).max(128),
  tagId: z.string().min(1).max(64),
  comment: z.string().max(20_000),
  anchor: Anchor,
  /** Last result of re-anchoring on the page; shown in the panel as 待确认 / 未能定位. */
  anchorStatus: AnchorStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Annotation = z.infer<typeof Annotation>;
