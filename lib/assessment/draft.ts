import { compareAnchors, type Annotation, type Assessment, type AssessmentTemplate, type Tag } from '@/lib/schema';
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
  /** 述职人, 评议人, 评议日期 as printed (the date defaults to the day the draft is made). */
  people: { speaker: string; reviewer: string; date: string };
}

export interface DraftInput {
  form: AssessmentTemplate;
  tags: readonly Tag[];
  annotations: readonly Annotation[];
  /** The checker's counts for this report, or null when its text could not be checked. */
  flags: readonly FlagCount[] | null;
  assessment?: Pick<Assessment, 'rating' | 'editedSections'> & Partial<Pick<Assessment, 'speaker' | 'reviewer' | 'date'>> | null;
  /** Today as YYYY-MM-DD, the 评议日期 until the reviewer sets one. */
  today?: string;
}

/** Reading order: where the passage is in the report (page, then offset), then when it was tagged. */
export function inDocumentOrder(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => compareAnchors(a.anchor, b.anchor) || a.createdAt - b.createdAt);
}

/**
 * Builds the 评议意见 draft: each form section numbers the annotations of its tags in document order
 * through the section's item template, one complete sentence each; sections with `includeFlags` end
 * with the checker's summary (otherwise the reviewer adds it where they want it: `flagsLine`);
 * a section the reviewer edited is exported as edited. A rating no longer on the scale (the team
 * changed its form) counts as not yet picked.
 */
export function buildAssessmentDraft({ form, tags, annotations, flags, assessment, today = '' }: DraftInput): AssessmentDraft {
  const ordered = inDocumentOrder(annotations);
  const flagsText = flags ? formatFlags(flags) : '';
  const edits = assessment?.editedSections ?? {};
  const sections = form.sections.map((section): DraftSection => {
    const items = ordered
      .filter((a) => section.tagIds.includes(a.tagId))
      .flatMap((a) => {
        const tag = tags.find((t) => t.id === a.tagId)?.label ?? DOCUMENT_TEXT.deletedTag;
        const item = renderItem(section, { quote: shortQuote(a.anchor.quote.exact), comment: a.comment, tag, section: section.title });
        return item === null ? [] : [item];
      })
      .map((item, i) => `${i + 1}. ${item}`);
    const lines = section.includeFlags && flagsText ? [...items, flagsLine({ flagsText })] : items;
    const generated = lines.join('\n');
    // An edit that came back to the generated text is no edit: it follows the annotations again.
    const edited = Object.hasOwn(edits, section.id) && edits[section.id] !== generated;
    return { id: section.id, title: section.title, generated, text: edited ? edits[section.id]! : generated, edited };
  });
  const rating = assessment?.rating && form.ratingScale.includes(assessment.rating) ? assessment.rating : null;
  const people = { speaker: assessment?.speaker ?? '', reviewer: assessment?.reviewer ?? '', date: assessment?.date || today };
  return { title: form.title, sections, flagsText, rating, ratingScale: form.ratingScale, people };
}

/** The checker's summary as a line of the form (体检提示：问题不实 3 处…), or '' when nothing was flagged. */
export function flagsLine(draft: Pick<AssessmentDraft, 'flagsText'>): string {
  return draft.flagsText ? `${DOCUMENT_TEXT.flagsPrefix}${draft.flagsText}。` : '';
}
