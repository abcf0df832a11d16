import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { Timestamp } from './timestamp';

/**
 * Version of the way a report is identified (lib/documents/). Scheme 1: fingerprint and similarity
 * sketch of the text read. Scheme 2 adds the winnow (containment of a partial view), the pdf.js
 * fingerprints and whether the text read was the whole report.
 */
export const IDENTITY_SCHEME = 2 as const;

/**
 * Winnowed shingle hashes (lib/documents/winnow.ts): distinct int32 in ascending order, the smallest 4096
 * kept. Containment is computed by merging sorted lists, so the order is checked, not assumed.
 */
const Winnow = lazySchema(() =>
  z
    .array(z.int().check(z.gte(-(2 ** 31)), z.lte(2 ** 31 - 1)))
    .check(
      z.maxLength(4096),
      z.refine((hashes) => hashes.every((h, i) => i === 0 || h > hashes[i - 1]!), 'must be in ascending order without repeats'),
    ),
);
/** pdf.js `PDFDocumentProxy.fingerprints` entries (hex). */
const PdfFingerprints = lazySchema(() => z.array(z.string().check(z.regex(/^[0-9a-f]{16,64}$/i))).check(z.maxLength(4)));

/**
 * Identity of a report as seen in one frame. `fingerprint` is the SHA-256 (hex) of the normalised text;
 * `sketch` is a similarity sketch of the same text so that a slightly edited report, or the same report
 * at another URL, is still recognised; `winnow` finds the stored report that contains a partial view
 * (a paged viewer's rendered pages). `complete` says whether the text read is the whole report.
 */
export const PageIdentity = lazySchema(() =>
  z.strictObject({
    url: z.string().check(z.maxLength(8_192)),
    title: z.string().check(z.maxLength(1_000)),
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    sketch: z.array(z.int()).check(z.maxLength(256)),
    textLength: z.int().check(z.nonnegative()),
    scheme: z.literal(IDENTITY_SCHEME),
    winnow: Winnow,
    complete: z.boolean(),
    pdfFingerprints: PdfFingerprints,
    pages: z.nullable(z.strictObject({ read: z.int().check(z.nonnegative()), total: z.int().check(z.nonnegative()) })),
  }),
);
export type PageIdentity = z.infer<typeof PageIdentity>;

/**
 * A stored report. URL and title are metadata: the same report is found again by its text (and by its
 * pdf.js fingerprint where it has one).
 * - `scheme` 1: migrated from before identity scheme 2 (database v3): `winnow` is empty until a view
 *   matched by fingerprint, URL or similarity fills it in. Scheme 2: `winnow` is the report's.
 * - `complete`: whether fingerprint, sketch, textLength and winnow come from the whole report. A record
 *   made from a paged viewer's rendered pages is partial: its winnow grows as more pages are seen, and
 *   the fingerprint/sketch/length are those of the first text read (a lower bound of the report).
 */
export const DocumentRecord = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(128)),
    fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    sketch: z.array(z.int()).check(z.maxLength(256)),
    textLength: z.int().check(z.nonnegative()),
    scheme: z.union([z.literal(1), z.literal(IDENTITY_SCHEME)]),
    winnow: Winnow,
    complete: z.boolean(),
    pdfFingerprints: PdfFingerprints,
    title: z.string().check(z.maxLength(1_000)),
    url: z.string().check(z.maxLength(8_192)),
    urls: z.array(z.string().check(z.maxLength(8_192))).check(z.maxLength(100)),
    /**
     * Origins where the reviewer used this report (tagged in it, or said 显示 in the panel's consent
     * notice): only frames of these origins get its annotations painted and may write anchor statuses
     * (lib/background/origin-consent.ts). Absent (records written before database version 6 and before
     * export format 2): none yet.
     */
    origins: z.optional(z.array(z.string().check(z.maxLength(2_048))).check(z.maxLength(100))),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/**
 * What a record of identity scheme 1 (export files and databases written before scheme 2) lacks, as
 * scheme 2 stores it: no winnow yet, not known to be complete, no pdf.js fingerprint.
 */
export function scheme1Identity(): Pick<DocumentRecord, 'scheme' | 'winnow' | 'complete' | 'pdfFingerprints'> {
  return { scheme: 1, winnow: [], complete: false, pdfFingerprints: [] };
}
