import { z } from 'zod';

/**
 * Identity of a report as seen in one frame. `fingerprint` is the SHA-256 (hex) of the normalised text;
 * `sketch` is a similarity sketch of the same text so that a slightly edited report, or the same report
 * at another URL, is still recognised (lib/documents/).
 */
export const PageIdentity = z.strictObject({
  url: z.string().max(8_192),
  title: z.string().max(1_000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  sketch: z.array(z.number().int()).max(256),
  textLength: z.number().int().nonnegative(),
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
