import type { Annotation, Assessment, AssessmentTemplate, Tag } from '@/lib/schema';
import { DOCUMENT_TEXT } from './document-text';
import { formatFlags, type FlagCount } from './flags';
import { renderItem, shortQuote } from './item-text';

export interface DraftSection {
  id: string;
  title: string;
  /** The text built from the annotations (and the flags summary where the template asks for it). */
  generated: string;
  /** What is exported: the reviewer's edit when there is one, else `generated`. */
  text: string;
  edited: boolean;
}

/** The 评议意见 of one report as the panel shows it and every output renders it. */
export interface AssessmentDraft {
  title: string;
  sections: DraftSection[];
  /** 问题不实 3 处、… ; empty when nothing was flagged or the report could not be checked. */
  flagsText: string;
  /** One of `ratingScale`, or null until the reviewer picks one. */
  rating: string | null;
  ratingScale: readonly string[];
}

export interface DraftInput {
  form: AssessmentTemplate;
  tags: readonly Tag[];
  annotations: readonly Annotation[];
  /** The checker's counts for this report, or null when its text could not be checked. */
  flags: readonly FlagCount[] | null;
  assessment?: Pick<Assessment, 'rating' | 'editedSections'> | null;
}

/** Reading order: where the passage starts in the report, then when it was tagged. */
export function inDocumentOrder(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.createdAt - b.createdAt);
}

/**
 * Builds the 评议意见 draft: each form section numbers the annotations of its tags in document order
 * through the section's item template; sections with `includeFlags` end with the checker's summary;
 * a section the reviewer edited is exported as edited. A rating no longer on the scale (the team
 * changed its form) counts as not yet picked.
 */
export function buildAssessmentDraft({ form, tags, annotations, flags, assessment }: DraftInput): AssessmentDraft {
  const ordered = inDocumentOrder(annotations);
  const flagsText = flags ? formatFlags(flags) : '';
  const edits = assessment?.editedSections ?? {};
  const sections = form.sections.map((section): DraftSection => {
    const items = ordered
      .filter((a) => section.tagIds.includes(a.tagId))
      .map((a, i) => {
        const tag = tags.find((t) => t.id === a.tagId)?.label ?? DOCUMENT_TEXT.deletedTag;
        const values = { quote: shortQuote(a.anchor.quote.exact), comment: a.comment.trim(), tag, section: section.title };
        return `${i + 1}. ${renderItem(section.itemTemplate, values)}`;
      });
    const lines = section.includeFlags && flagsText ? [...items, `${DOCUMENT_TEXT.flagsPrefix}${flagsText}`] : items;
    const generated = lines.join('\n');
    // An edit that came back to the generated text is no edit: it follows the annotations again.
    const edited = Object.hasOwn(edits, section.id) && edits[section.id] !== generated;
    return { id: section.id, title: section.title, generated, text: edited ? edits[section.id]! : generated, edited };
  });
  const rating = assessment?.rating && form.ratingScale.includes(assessment.rating) ? assessment.rating : null;
  return { title: form.title, sections, flagsText, rating, ratingScale: form.ratingScale };
}
