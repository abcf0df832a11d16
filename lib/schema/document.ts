import { z } from 'zod';

/**
 * Version of the way a report is identified (lib/documents/). Scheme 1: fingerprint and similarity
 * sketch of the text read. Scheme 2 adds the winnow (containment of a partial view), the pdf.js
 * fingerprints and whether the text read was the whole report.
 */
export const IDENTITY_SCHEME = 2 as const;

/** Winnowed shingle hashes (lib/documents/winnow.ts): sorted, distinct int32, the smallest 4096 kept. */
const Winnow = z.array(z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1)).max(4096);
/** pdf.js `PDFDocumentProxy.fingerprints` entries (hex). */
const PdfFingerprints = z.array(z.string().regex(/^[0-9a-f]{16,64}$/i)).max(4);

/**
 * Identity of a report as seen in one frame. `fingerprint` is the SHA-256 (hex) of the normalised text;
 * `sketch` is a similarity sketch of the same text so that a slightly edited report, or the same report
 * at another URL, is still recognised; `winnow` finds the stored report that contains a partial view
 * (a paged viewer's rendered pages). `complete` says whether the text read is the whole report.
 */
export const PageIdentity = z.strictObject({
  url: z.string().max(8_192),
  title: z.string().max(1_000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  sketch: z.array(z.number().int()).max(256),
  textLength: z.number().int().nonnegative(),
  scheme: z.literal(IDENTITY_SCHEME),
  winnow: Winnow,
  complete: z.boolean(),
  pdfFingerprints: PdfFingerprints,
  pages: z.strictObject({ read: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).nullable(),
});
export type PageIdentity = z.infer<typeof PageIdentity>;

/** A stored report. URL and title are metadata: the same report is found again by its text. */
export const DocumentRecord = z.strictObject({
  id: z.string().min(1).max(128),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  sketch: z.array(z.number().int()).max(256),
  textLength: z.number().int().nonnegative(),
  title: z.string().max(1_000),
  url: z.string().max(8_192),
  urls: z.array(z.string().max(8_192)).max(100),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;
