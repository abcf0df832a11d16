import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { MAX_PAGE_NUMBER } from './selectors';

/** Pages and characters read from a viewer's API at most (a long report has ~50 pages, ~100,000 chars). */
export const VIEWER_APP_LIMITS = { pages: 2_000, chars: 4_000_000 } as const;

/**
 * What the standard pdf.js viewer application (`window.PDFViewerApplication`, in the page's own world)
 * told us about its document. It comes from the page, so it is untrusted: the background parses it with
 * this schema on arrival (lib/page/sources/read-pdf-app.ts runs in the page and builds it).
 * Page texts are lines separated by `\n` (pdf.js `hasEOL`), as read from a text layer.
 */
export const ViewerAppReading = lazySchema(() =>
  z.discriminatedUnion('state', [
    /** No viewer application in this frame. */
    z.strictObject({ state: z.literal('absent') }),
    /** The application is there but its document is not loaded yet. */
    z.strictObject({ state: z.literal('loading') }),
    z
      .strictObject({
        state: z.literal('loaded'),
        fingerprints: z.array(z.string().check(z.regex(/^[0-9a-f]{16,64}$/i))).check(z.maxLength(4)),
        title: z.nullable(z.string().check(z.maxLength(1_000))),
        pageCount: z.int().check(z.gte(1), z.lte(MAX_PAGE_NUMBER)),
        /** Texts of pages 1…n (n ≤ pageCount: reading stops at the limits). */
        pages: z.array(z.string().check(z.maxLength(VIEWER_APP_LIMITS.chars))).check(z.maxLength(VIEWER_APP_LIMITS.pages)),
      })
      .check(z.refine((r) => r.pages.length <= r.pageCount, { message: 'more page texts than pages', path: ['pages'] })),
  ]),
);
export type ViewerAppReading = z.infer<typeof ViewerAppReading>;
