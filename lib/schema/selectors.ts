import { z } from 'zod';
import { ANCHOR_STRATEGY } from './anchor-strategy';

/** W3C Web Annotation TextQuoteSelector: the passage plus ~32 chars of context on each side. */
export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(256),
  suffix: z.string().max(256),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C TextPositionSelector: UTF-16 offsets into the frame's text map (see lib/anchoring/text-map.ts). */
export const TextPositionSelector = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export { ANCHOR_STRATEGY };

/** How an annotation is re-found: a quote with context plus a position hint (W3C selectors). */
export const Anchor = z.strictObject({
  strategy: z.literal(ANCHOR_STRATEGY),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
});
export type Anchor = z.infer<typeof Anchor>;

/**
 * Where an anchor was last found: `anchored` (confident), `uncertain` (待确认: repeated boilerplate the
 * context could not separate, or a fuzzy match), `orphan` (未能定位), `unknown` (not resolved yet).
 */
export const AnchorStatus = z.enum(['anchored', 'uncertain', 'orphan', 'unknown']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;
