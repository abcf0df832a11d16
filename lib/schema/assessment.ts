import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/**
 * A reviewer's assessment (评议意见) of one report: the rating, and the text of each form section
 * where the reviewer edited the generated draft (sections absent here are generated afresh from the
 * annotations each time).
 */
export const Assessment = lazySchema(() =>
  z.strictObject({
    documentId: z.string().min(1).max(128),
    tagSetId: z.string().min(1).max(64),
    rating: z.string().max(10).nullable(),
    editedSections: z.record(z.string().min(1).max(64), z.string().max(20_000)),
    /** 述职人, 评议人 and 评议日期 (YYYY-MM-DD) as the form prints them; empty until filled in. Added after
     * version 3 of the database without a migration: stored records lacking them read as empty. */
    speaker: z.string().trim().max(100).default(''),
    reviewer: z.string().trim().max(100).default(''),
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default(''),
    updatedAt: z.number().int().nonnegative(),
  }),
);
export type Assessment = z.infer<typeof Assessment>;
