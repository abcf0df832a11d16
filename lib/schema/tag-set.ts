import { z } from 'zod';

/** Tag labels are any Unicode letters/numbers (成绩, 問題, Measures), never ASCII-only `\w`. */
export const TagLabel = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M} _·\-/&]*$/u, { message: 'label must start with a letter or number' });

export const TagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour must be #RRGGBB' });

export const Tag = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  label: TagLabel,
  color: TagColor,
  /** Keyboard slot 1–9 (Alt+Shift+N), or null. */
  shortcut: z.number().int().min(1).max(9).nullable(),
});
export type Tag = z.infer<typeof Tag>;

export const TagSet = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    name: z.string().trim().min(1).max(100),
    version: z.number().int().positive(),
    tags: z.array(Tag).min(1).max(50),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.tags.forEach((tag, i) => {
      if (seen.has(tag.id)) ctx.addIssue({ code: 'custom', message: `duplicate tag id "${tag.id}"`, path: ['tags', i, 'id'] });
      seen.add(tag.id);
    });
  });
export type TagSet = z.infer<typeof TagSet>;
