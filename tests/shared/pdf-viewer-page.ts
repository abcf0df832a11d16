/**
 * Functions that run inside a pdf.js viewer's frame or an extension page (pass them to Playwright's or
 * Puppeteer's evaluate): each is self-contained, as the driver serialises its source.
 */

/** The CSS selector of page `n` in a pdf.js viewer. */
export const pdfPageSelector = (n: number) => `.pdfViewer .page[data-page-number="${n}"]`;

/**
 * Selects `passage` in the text layer under `sel`, across as many line spans as it covers, and ends the
 * selection the way a mouse drag does. pdf.js draws one span per visual line, so a sentence rarely sits
 * in one text node.
 */
export function selectInPdfPageInPage({ sel, passage }: { sel: string; passage: string }): void {
  const layer = document.querySelector(`${sel} .textLayer`)!;
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; at: number }[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, at: text.length });
    text += node.data;
  }
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not on this page's text layer: ${passage}`);
  const end = start + passage.length;
  const point = (offset: number, isEnd: boolean) => {
    const hit = nodes.findLast(({ node, at }) => (isEnd ? at < offset : at <= offset) && offset <= at + node.data.length)!;
    return [hit.node, offset - hit.at] as const;
  };
  const range = document.createRange();
  range.setStart(...point(start, false));
  range.setEnd(...point(end, true));
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  const rect = range.getBoundingClientRect();
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
}

export interface Painted {
  text: string;
  /** The pdf.js page the range lies in (null: outside any page). */
  page: number | null;
}

/** The ranges of the highlight `name` (CSS Custom Highlight API), with the pdf.js page each lies in. */
export function paintedInPage(name: string): Painted[] {
  const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
  return ranges.map((r) => {
    const at = r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
    const page = at?.closest<HTMLElement>('.page[data-page-number]')?.dataset.pageNumber;
    return { text: r.toString(), page: page ? Number(page) : null };
  });
}

/** Pages that have a text layer with text now (pdf.js keeps only those near the viewport). */
export function renderedPagesInPage(): number[] {
  return [...document.querySelectorAll<HTMLElement>('.pdfViewer .page')]
    .filter((p) => (p.querySelector('.textLayer')?.textContent ?? '').trim().length > 0)
    .map((p) => Number(p.dataset.pageNumber));
}

/** In the panel: the 体检 view's findings as a reviewer sees them, rule and quoted excerpt. */
export function panelFindingsInPage(): { rule: string; excerpt: string }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-testid^="rule-"]')].flatMap((group) =>
    [...group.querySelectorAll('[data-testid="finding"] button.quote')].map((quote) => ({
      rule: group.dataset.testid!.slice('rule-'.length),
      excerpt: quote.textContent ?? '',
    })),
  );
}

/** In an extension page: the stored reports (Dexie `documents`), title and URL of each. */
export function storedReportsInPage(): Promise<{ title: string; url: string }[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pingyue');
    open.onsuccess = () => {
      const request = open.result.transaction('documents').objectStore('documents').getAll();
      request.onsuccess = () => (open.result.close(), resolve(request.result.map((d: { title: string; url: string }) => ({ title: d.title, url: d.url }))));
      request.onerror = () => reject(request.error);
    };
    open.onerror = () => reject(open.error);
  });
}
