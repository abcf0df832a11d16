import type { PageIdentity } from '@/lib/schema';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import type { DocumentView } from './place-anchors';
import { MIN_ANNOUNCED_TEXT } from './announce-policy';
import { pageSource } from './sources/page-source';
import { isPagedViewer, pagedSource } from './sources/paged-source';
import type { RenderedText, ViewerSource } from './sources/types';

/**
 * A frame's text as its viewer shows it: which viewer source reads it (a plain page, or a paged viewer
 * once the frame shows itself to be one, however late), and the frame's identity, cached until the
 * text changes.
 */
export class FrameText {
  private current: ViewerSource;
  private identity: PageIdentity | null = null;
  /** Counts text changes, so an identity computed across one is not kept. */
  private version = 0;

  constructor(private readonly doc: Document) {
    this.current = pageSource(doc);
  }

  /** The source to read the frame with now. */
  get source(): ViewerSource {
    this.chooseSource();
    return this.current;
  }

  /** The text changed: drop what was read from it (the next reader reads afresh). */
  invalidate(): void {
    this.version++;
    this.current.invalidate();
    this.identity = null;
  }

  /** A snapshot of the document for placing anchors. */
  documentView(): { view: DocumentView; rendered: RenderedText } {
    const source = this.source;
    const rendered = source.rendered();
    const view: DocumentView = {
      rendered: { text: rendered.map.text, pages: rendered.pages },
      paged: source.kind === 'paged',
      pageCount: source.pageCount() ?? 0,
      pageText: (n) => source.pageText(n),
      complete: source.complete(),
    };
    return { view, rendered };
  }

  /** The frame's identity, computed from the source; cached only until the text changes. */
  async identify(): Promise<PageIdentity> {
    if (this.identity) return this.identity;
    const version = this.version;
    const source = this.source;
    const identity = pageIdentity(await identifyText(source.identityText()), {
      url: this.doc.URL,
      title: source.title(),
      complete: source.complete(),
      pdfFingerprints: source.pdfFingerprints(),
      pages: source.pagesRead(),
    });
    // Neither an identity computed while the text changed under it nor an empty one is kept.
    if (version === this.version && identity.textLength >= MIN_ANNOUNCED_TEXT) this.identity = identity;
    return identity;
  }

  /** Switch to the paged source once the frame shows itself to be a paged viewer (it may load late). */
  private chooseSource(): void {
    if (this.current.kind === 'page' && isPagedViewer(this.doc)) {
      this.current = pagedSource(this.doc);
      this.invalidate();
    }
  }
}
