import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

/**
 * A reviewer's assessment (评议意见) of one report: the rating, and the text of each form section
 * where the reviewer edited the generated draft (sections absent here are generated afresh from the
 * annotations each time).
 */
export const Assessment = lazySchema(() =>
  z.strictObject({
    documentId: z.string().check(z.minLength(1), z.maxLength(128)),
    tagSetId: z.string().check(z.minLength(1), z.maxLength(64)),
    rating: z.nullable(z.string().check(z.maxLength(10))),
    editedSections: z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(20_000))),
    /** 述职人, 评议人 and 评议日期 (YYYY-MM-DD) as the form prints them; empty until filled in. Added after
     * version 3 of the database without a migration: stored records lacking them read as empty. */
    speaker: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
    reviewer: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
    date: z._default(z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]), ''),
    updatedAt: z.int().check(z.nonnegative()),
  }),
);
export type Assessment = z.infer<typeof Assessment>;
