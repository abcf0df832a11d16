import { IDENTITY_SCHEME, type PageIdentity } from '@/lib/schema/document';
import type { TextIdentity } from '@/lib/documents/identify-text';

/** What the page side knows besides the text: where it is, what it is called, how much of it was read. */
export interface PageIdentityHints {
  url: string;
  title: string;
  /** True when the text identified is the whole report (not only the pages a viewer rendered). */
  complete: boolean;
  /** pdf.js document fingerprints, when the viewer is pdf.js; [] otherwise. */
  pdfFingerprints?: string[];
  /** Pages read of pages in the report, when the viewer is paged. */
  pages?: PageIdentity['pages'];
}

/** The identity a frame sends to the background (identity scheme {@link IDENTITY_SCHEME}). */
export function pageIdentity(text: TextIdentity, hints: PageIdentityHints): PageIdentity {
  return {
    url: hints.url,
    title: hints.title,
    ...text,
    scheme: IDENTITY_SCHEME,
    complete: hints.complete,
    pdfFingerprints: hints.pdfFingerprints ?? [],
    pages: hints.pages ?? null,
  };
}
