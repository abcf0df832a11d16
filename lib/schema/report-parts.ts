import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

/*
 * The checker's vocabulary that stored records and messages share, declared once: the parts of a
 * 述职报告 (a tag belongs to one; the checker finds them) and how much a finding matters.
 */

/** The four parts a 述职报告 is judged by, in the order they usually appear. */
export const SECTION_KINDS = ['achievement', 'problem', 'cause', 'measure'] as const;
export const SectionKind = lazySchema(() => z.enum(SECTION_KINDS));
export type SectionKind = z.infer<typeof SectionKind>;

/** An error is what a reviewer must question; a warning is worth a look. */
export const SEVERITIES = ['error', 'warning'] as const;
export const Severity = lazySchema(() => z.enum(SEVERITIES));
export type Severity = z.infer<typeof Severity>;
