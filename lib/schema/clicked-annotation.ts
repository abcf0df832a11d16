import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/**
 * The highlight the reviewer last clicked on a page (session storage, key {@link CLICKED_ANNOTATION_KEY}):
 * the panel selects its card, also when the click is what opened the panel a moment later.
 */
export const ClickedAnnotation = lazySchema(() =>
  z.strictObject({
    tabId: z.number().int().nonnegative(),
    frameId: z.number().int().nonnegative(),
    annotationId: z.string().min(1).max(128),
    /** When (ms since the epoch): a panel opened later than a moment after the click ignores it. */
    at: z.number().nonnegative(),
  }),
);
export type ClickedAnnotation = z.infer<typeof ClickedAnnotation>;

export const CLICKED_ANNOTATION_KEY = 'pingyue-clicked-annotation';
