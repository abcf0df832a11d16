import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

/**
 * The highlight the reviewer last clicked on a page (session storage, key {@link CLICKED_ANNOTATION_KEY}):
 * the panel selects its card, also when the click is what opened the panel a moment later.
 */
export const ClickedAnnotation = lazySchema(() =>
  z.strictObject({
    tabId: z.int().check(z.nonnegative()),
    frameId: z.int().check(z.nonnegative()),
    annotationId: z.string().check(z.minLength(1), z.maxLength(128)),
    /** When (ms since the epoch): a panel opened later than a moment after the click ignores it. */
    at: z.number().check(z.nonnegative()),
  }),
);
export type ClickedAnnotation = z.infer<typeof ClickedAnnotation>;

export const CLICKED_ANNOTATION_KEY = 'pingyue-clicked-annotation';
