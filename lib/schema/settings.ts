import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

/** One row of the `settings` table: a key-value store so new settings need no schema migration. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The known settings and their value schemas. Values are re-validated when read, because a row may
 * have been written by an older (or newer) build of the extension.
 */
export const Settings = lazySchema(() =>
  z.strictObject({
    /** Id of the tag set the panel and the selection toolbar offer (see lib/tags/). */
    activeTagSetId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  }),
);
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;
