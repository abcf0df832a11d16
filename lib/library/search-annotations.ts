import { compareAnchors, type Annotation, type AnchorStatus, type DocumentRecord } from '@/lib/schema';

export interface LibraryEntry {
  annotation: Annotation;
  document: DocumentRecord | undefined;
  /** Lower-cased, NFKC-folded quote + comment + report title, built once so each keystroke is a scan. */
  haystack: string;
}

export interface LibraryQuery {
  text: string;
  /** Empty = every tag. */
  tagIds: ReadonlySet<string>;
  /** Empty = every status. */
  statuses: ReadonlySet<AnchorStatus>;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Every annotation with its report, ordered by report (most recently touched first), then reading order. */
export function buildLibrary(annotations: readonly Annotation[], documents: readonly DocumentRecord[]): LibraryEntry[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return annotations
    .map((annotation) => {
      const document = byId.get(annotation.documentId);
      return { annotation, document, haystack: fold(`${annotation.anchor.quote.exact}\n${annotation.comment}\n${document?.title ?? ''}`) };
    })
    .sort(
      (a, b) =>
        (b.document?.updatedAt ?? 0) - (a.document?.updatedAt ?? 0) ||
        a.annotation.documentId.localeCompare(b.annotation.documentId) ||
        compareAnchors(a.annotation.anchor, b.annotation.anchor),
    );
}

/**
 * Entries matching every word of the query (space-separated, any order) and the chosen tags and
 * statuses. A linear scan over prepared strings: 10,000 annotations take about a millisecond.
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: LibraryQuery): LibraryEntry[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (query.tagIds.size === 0 || query.tagIds.has(entry.annotation.tagId)) &&
      (query.statuses.size === 0 || query.statuses.has(entry.annotation.anchorStatus)) &&
      words.every((word) => entry.haystack.includes(word)),
  );
}
