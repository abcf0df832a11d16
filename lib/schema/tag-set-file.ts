import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { TagSet } from './tag-set';

export const TAG_SET_FILE_FORMAT = 'pingyue/tagset' as const;
/** Bump only for changes old readers would misread; the tag set inside carries its own `version`. */
export const TAG_SET_FILE_VERSION = 1 as const;
/** The file name ending reviewers see and the options page offers in its file picker. */
export const TAG_SET_FILE_EXTENSION = '.pingyue-tagset.json';

/**
 * A `.pingyue-tagset.json` file: one tag set wrapped with a header, so a reader can tell it from an
 * annotations export (`pingyue/annotations`) before looking at any field.
 */
export const TagSetFile = lazySchema(() =>
  z.strictObject({
    format: z.literal(TAG_SET_FILE_FORMAT),
    version: z.literal(TAG_SET_FILE_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    tagSet: TagSet,
  }),
);
export type TagSetFile = z.infer<typeof TagSetFile>;
