import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ANCHOR_STRATEGY, PAGED_ANCHOR_STRATEGY } from './anchor-strategy';

/** W3C Web Annotation TextQuoteSelector: the passage plus ~32 chars of context on each side. */
export const TextQuoteSelector = lazySchema(() =>
  z.strictObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().check(z.minLength(1), z.maxLength(20_000)),
    prefix: z.string().check(z.maxLength(256)),
    suffix: z.string().check(z.maxLength(256)),
  }),
);
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C TextPositionSelector: UTF-16 offsets into the frame's text map (see lib/anchoring/text-map.ts). */
export const TextPositionSelector = lazySchema(() =>
  z
    .strictObject({
      type: z.literal('TextPositionSelector'),
      start: z.int().check(z.nonnegative()),
      end: z.int().check(z.nonnegative()),
    })
    .check(z.refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] })),
);
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export { ANCHOR_STRATEGY, PAGED_ANCHOR_STRATEGY };

/** Highest page number a paged anchor may name (far beyond any report; bounds untrusted input). */
export const MAX_PAGE_NUMBER = 100_000;

/**
 * How an annotation is re-found: a quote with context plus a position hint (W3C selectors). Versioned by
 * `strategy` (lib/schema/anchor-strategy.ts); both versions are read, a passage in a paged viewer is
 * written as `pingyue-text/2` with the page it is on.
 */
export const Anchor = lazySchema(() =>
  z.discriminatedUnion('strategy', [
    z.strictObject({
      strategy: z.literal(ANCHOR_STRATEGY),
      quote: TextQuoteSelector,
      position: TextPositionSelector,
    }),
    z.strictObject({
      strategy: z.literal(PAGED_ANCHOR_STRATEGY),
      quote: TextQuoteSelector,
      position: TextPositionSelector,
      page: z.int().check(z.gte(1), z.lte(MAX_PAGE_NUMBER)),
    }),
  ]),
);
export type Anchor = z.infer<typeof Anchor>;

/** The page a paged anchor names, or null for an anchor into a frame's whole text. */
export const pageOfAnchor = (anchor: Anchor): number | null => (anchor.strategy === PAGED_ANCHOR_STRATEGY ? anchor.page : null);

/** Reading order of anchors: by page (unpaged first), then position. */
export const compareAnchors = (a: Anchor, b: Anchor): number =>
  (pageOfAnchor(a) ?? 0) - (pageOfAnchor(b) ?? 0) || a.position.start - b.position.start || a.position.end - b.position.end;

/**
 * Where an anchor was last found: `anchored` (confident), `uncertain` (待确认: repeated boilerplate the
 * context could not separate, or a fuzzy match), `orphan` (未能定位), `unknown` (not resolved yet).
 */
export const AnchorStatus = lazySchema(() => z.enum(['anchored', 'uncertain', 'orphan', 'unknown']));
export type AnchorStatus = z.infer<typeof AnchorStatus>;
