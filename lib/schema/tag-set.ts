import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { SectionKind } from './report-parts';

/**
 * A team's tag set: the versioned artefact a review team agrees on before the meeting (tags, their
 * guidelines, checker settings, and the assessment form the annotations feed). Fields added after
 * the first release carry defaults, so a set stored or exported by an older build still parses.
 */

const Slug = lazySchema(() => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'id must be lowercase letters, digits and -' })));

/** Tag labels are any Unicode letters/numbers (成绩, 問題, Measures), never ASCII-only `\w`. */
export const TagLabel = lazySchema(() =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(20),
      z.regex(/^[\p{L}\p{N}][\p{L}\p{N}\p{M} _·\-/&]*$/u, { message: 'label must start with a letter or number' }),
    ),
);

export const TagColor = lazySchema(() => z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour must be #RRGGBB' })));

export { SectionKind } from './report-parts';

export const Tag = lazySchema(() =>
  z.strictObject({
    id: Slug,
    label: TagLabel,
    color: TagColor,
    /** Keyboard slot 1–9 (Alt+Shift+N), or null. */
    shortcut: z.nullable(z.int().check(z.gte(1), z.lte(9))),
    /** Shown on hover: when to use this tag (the team's guideline). */
    guideline: z._default(z.string().check(z.maxLength(500)), ''),
    section: z._default(z.nullable(SectionKind), null),
  }),
);
export type Tag = z.infer<typeof Tag>;

/** Team adjustments to the report checker (lib/checker `withOverrides`). */
export const CheckerSettings = lazySchema(() =>
  z.strictObject({
    /** Extra vague words per rule id, e.g. { "vague-measure": ["狠抓落实"] }. */
    extraTriggers: z._default(
      z.record(z.string().check(z.minLength(1), z.maxLength(40)), z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(200))),
      {},
    ),
    disabledRules: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(20)), []),
  }),
);
export type CheckerSettings = z.infer<typeof CheckerSettings>;

/** One part of the assessment form (评议意见), fed by the annotations of some tags. */
export const FormSection = lazySchema(() =>
  z.strictObject({
    id: Slug,
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    tagIds: z.array(Slug).check(z.maxLength(20)),
    /** One line per annotation; placeholders {{quote}} {{comment}} {{tag}} {{section}}. */
    itemTemplate: z._default(z.string().check(z.minLength(1), z.maxLength(500)), '{{quote}}——{{comment}}'),
    /** Append the checker's summary (e.g. 问题不实 3 处) to this part automatically; otherwise the reviewer adds it. */
    includeFlags: z._default(z.boolean(), false),
    /** Only annotations with a comment become items (advice is the reviewer's, not the report's own words). */
    commentedOnly: z._default(z.boolean(), false),
  }),
);
export type FormSection = z.infer<typeof FormSection>;

export const AssessmentTemplate = lazySchema(() =>
  z.strictObject({
    title: z._default(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)), '评议意见'),
    sections: z.array(FormSection).check(z.minLength(1), z.maxLength(10)),
    /** Overall rating choices, best first (述职评议: 好 / 较好 / 一般 / 差). */
    ratingScale: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(10))).check(z.minLength(2), z.maxLength(10)),
  }),
);
export type AssessmentTemplate = z.infer<typeof AssessmentTemplate>;

/** The 述职评议 form every set gets unless it defines its own. */
export const DEFAULT_ASSESSMENT_TEMPLATE: AssessmentTemplate = {
  title: '述职评议意见表',
  sections: [
    { id: 'achievements', title: '主要成绩', tagIds: ['achievement'], itemTemplate: '{{comment}}（原文：“{{quote}}”）', includeFlags: false, commentedOnly: false },
    { id: 'problems', title: '存在问题', tagIds: ['problem', 'cause'], itemTemplate: '{{comment}}（原文：“{{quote}}”）', includeFlags: false, commentedOnly: false },
    { id: 'suggestions', title: '意见建议', tagIds: ['measure', 'question'], itemTemplate: '{{comment}}（针对“{{quote}}”）', includeFlags: false, commentedOnly: true },
  ],
  ratingScale: ['好', '较好', '一般', '差'],
};

export const TagSet = lazySchema(() =>
  z
    .strictObject({
      id: Slug,
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
      description: z._default(z.string().check(z.maxLength(2_000)), ''),
      /** Increases with every published change; an import only ever moves a set forward. */
      version: z.int().check(z.positive()),
      author: z._default(z.string().check(z.maxLength(100)), ''),
      /** Reviewers may not change a locked set except by importing a newer version. */
      locked: z._default(z.boolean(), false),
      tags: z.array(Tag).check(z.minLength(1), z.maxLength(50)),
      checker: z._default(CheckerSettings, { extraTriggers: {}, disabledRules: [] }),
      form: z._default(AssessmentTemplate, DEFAULT_ASSESSMENT_TEMPLATE),
    })
    .check(
      z.superRefine((set, ctx) => {
        const ids = new Set<string>();
        const slots = new Set<number>();
        set.tags.forEach((tag, i) => {
          if (ids.has(tag.id)) ctx.addIssue({ code: 'custom', message: `duplicate tag id "${tag.id}"`, path: ['tags', i, 'id'] });
          ids.add(tag.id);
          if (tag.shortcut !== null && slots.has(tag.shortcut)) {
            ctx.addIssue({ code: 'custom', message: `shortcut ${tag.shortcut} is used twice`, path: ['tags', i, 'shortcut'] });
          }
          if (tag.shortcut !== null) slots.add(tag.shortcut);
        });
        const sections = new Set<string>();
        set.form.sections.forEach((section, i) => {
          if (sections.has(section.id)) ctx.addIssue({ code: 'custom', message: `duplicate form section id "${section.id}"`, path: ['form', 'sections', i, 'id'] });
          sections.add(section.id);
        });
      }),
    ),
);
export type TagSet = z.infer<typeof TagSet>;
/** What a file or an older build may hold: fields added later may be missing. */
export type TagSetInput = z.input<typeof TagSet>;
