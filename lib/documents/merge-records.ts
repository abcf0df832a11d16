import type { Assessment, DocumentRecord, PageIdentity } from '@/lib/schema';
import { mergeIdentities, type DocumentIdentity } from '@/lib/documents/absorb-view';
import { isGenericTitle } from '@/lib/documents/generic-title';
import { containment } from '@/lib/documents/winnow';
import { withOrigin } from '@/lib/documents/report-origins';
import { CONTAINED_THRESHOLD, MIN_CONTAINMENT_EVIDENCE, sharesPdfFingerprint, textContradicts } from '@/lib/documents/match-document';

/**
 * Whether a view shows that a stored record is part of the report it shows: the view contains the
 * record's text (a record made from some pages of the report, when the view has more of them), or both
 * carry the same pdf.js fingerprint and the texts do not disagree. Two records a view so contains are
 * one report stored twice (a reviewer who jumped from page 3 to page 10 before tagging).
 */
export function viewContains(document: DocumentRecord, page: PageIdentity): boolean {
  if (sharesPdfFingerprint(document, page) && !textContradicts(document, page)) return true;
  const { value, evidence } = containment(document.winnow, page.winnow);
  return evidence >= MIN_CONTAINMENT_EVIDENCE && value >= CONTAINED_THRESHOLD;
}

/**
 * One record from records of the same report: the oldest one's id and creation time (links, exports
 * and the panel know it), the identities merged oldest to newest, every URL, the oldest real title.
 */
export function mergeRecords(records: readonly DocumentRecord[], mergeUrls: (existing: readonly string[], added: readonly string[]) => string[]): DocumentRecord {
  const byAge = [...records].sort((a, b) => a.createdAt - b.createdAt || a.updatedAt - b.updatedAt);
  const oldest = byAge[0]!;
  const byUpdate = [...records].sort((a, b) => a.updatedAt - b.updatedAt);
  const identity = byUpdate.slice(1).reduce<DocumentIdentity>((merged, next) => mergeIdentities(merged, next), identityOf(byUpdate[0]!));
  const newest = byUpdate[byUpdate.length - 1]!;
  return {
    ...oldest,
    ...identity,
    title: byAge.find((r) => !isGenericTitle(r.title))?.title ?? oldest.title,
    url: newest.url,
    urls: byUpdate.reduce<string[]>((urls, r) => mergeUrls(urls, r.urls), []),
    // Where the reviewer used any of the records, the merged report may be shown (lib/background/origin-consent).
    ...(records.some((r) => r.origins) && { origins: byUpdate.reduce<string[]>((origins, r) => (r.origins ?? []).reduce(withOrigin, origins), []) }),
    updatedAt: newest.updatedAt,
  };
}

function identityOf({ fingerprint, sketch, textLength, scheme, winnow, complete, pdfFingerprints }: DocumentRecord): DocumentIdentity {
  return { fingerprint, sketch, textLength, scheme, winnow, complete, pdfFingerprints };
}

const SECTION_MAX = 20_000;

/**
 * One assessment from the kept report's and an absorbed one's: what the kept one says wins, the other
 * fills what it leaves empty, and a section both edited keeps both texts (the kept one's first), so
 * nothing the reviewer wrote is lost.
 */
export function mergeAssessments(kept: Assessment, absorbed: Assessment): Assessment {
  const editedSections = { ...absorbed.editedSections, ...kept.editedSections };
  for (const [id, text] of Object.entries(absorbed.editedSections)) {
    const own = kept.editedSections[id];
    if (own !== undefined && own !== text && !own.includes(text)) editedSections[id] = `${own}\n\n${text}`.slice(0, SECTION_MAX);
  }
  return {
    ...kept,
    rating: kept.rating ?? absorbed.rating,
    editedSections,
    speaker: kept.speaker || absorbed.speaker,
    reviewer: kept.reviewer || absorbed.reviewer,
    date: kept.date || absorbed.date,
    updatedAt: Math.max(kept.updatedAt, absorbed.updatedAt),
  };
}
