// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/page/annotator';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { Annotation, ContentToBackground, CreatedState, PageState } from '@/lib/schema';

const REPORT = '二、存在问题。理论学习不够深入，学用结合还有差距。三、整改措施。每月集中学习两次。';

/** A background that remembers what it was sent and answers like the real one. */
function fakeBackground(annotations: () => Annotation[] = () => []) {
  const sent: ContentToBackground[] = [];
  const send = vi.fn(async (message: ContentToBackground) => {
    sent.push(message);
    if (message.type === 'page/opened' || message.type === 'annotation/create') {
      const created: Annotation[] =
        message.type === 'annotation/create'
          ? [{ id: 'new', documentId: 'd1', tagId: message.tagId, comment: message.comment, anchor: message.anchor, anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 }]
          : [];
      const state = { documentId: 'd1', annotations: [...annotations(), ...created], tagSet: DEFAULT_TAG_SET } satisfies PageState;
      return created[0] ? ({ ...state, created: created[0] } satisfies CreatedState) : state;
    }
    return message.type === 'viewer/read-app' ? { state: 'absent' } : null;
  });
  return { sent, send: send as unknown as <T>(message: ContentToBackground) => Promise<T> };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
const opened = (sent: ContentToBackground[]) => sent.filter((m) => m.type === 'page/opened');

let annotator: Annotator | null = null;
beforeEach(() => {
  document.body.innerHTML = '';
  document.title = '文档预览';
  // jsdom has no layout; the overlay fallback only needs these to exist.
  window.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Element.prototype.scrollIntoView ??= () => {};
});
afterEach(() => annotator?.dispose());

describe('Annotator on a frame whose text arrives late', () => {
  it('stays silent while the frame is empty and announces it as soon as its text arrives', async () => {
    const { sent, send } = fakeBackground();
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    expect(opened(sent)).toHaveLength(0);

    const p = document.createElement('p');
    p.textContent = REPORT;
    document.body.append(p);
    await settle();
    const [announce] = opened(sent);
    expect(announce).toBeDefined();
    if (announce?.type === 'page/opened') {
      expect(announce.page.textLength).toBeGreaterThan(20);
      // The report's name comes from the report when the viewer's title is generic.
      expect(announce.page.title).toBe('二、存在问题。理论学习不够深入，学用结合还有差距。三、整改措施。每月集中学习两次。');
    }
  });

  it('announces again when the text grows by more than a tenth, not on small edits', async () => {
    document.body.innerHTML = `<p>${REPORT}</p>`;
    const { sent, send } = fakeBackground();
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    expect(opened(sent)).toHaveLength(1);
    document.body.append(document.createTextNode('。'));
    await settle();
    expect(opened(sent)).toHaveLength(1);
    const more = document.createElement('p');
    more.textContent = REPORT;
    document.body.append(more);
    // Waited for, not slept on: under load the second announcement can take longer than a settle.
    await vi.waitFor(() => expect(opened(sent)).toHaveLength(2), { timeout: 5000 });
  });

  it('tags the first selection in a frame that looked empty when it loaded', async () => {
    const { sent, send } = fakeBackground();
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    document.body.innerHTML = `<p>${REPORT}</p>`; // no time for the observer: tag right away
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    const start = REPORT.indexOf('理论学习不够深入');
    range.setStart(text, start);
    range.setEnd(text, start + 8);
    const created = await annotator.tagSelection('problem', '', range);
    expect(created?.anchor.quote.exact).toBe('理论学习不够深入');
    const create = sent.find((m) => m.type === 'annotation/create');
    expect(create?.type === 'annotation/create' && create.page.textLength).toBeGreaterThan(20);
  });
});

describe('Annotator on a paged viewer', () => {
  const LINES: Record<number, string> = { 1: '一、主要成绩。全年走访社区工作者四十三人。', 2: '二、存在问题。理论学习不够深入。', 3: '三、整改措施。每月集中学习两次。' };
  function render(pages: number[]) {
    const html = [1, 2, 3]
      .map((n) => `<div class="page" data-page-number="${n}">${pages.includes(n) ? `<div class="textLayer"><span>${LINES[n]}</span><br><div class="endOfContent"></div></div>` : ''}</div>`)
      .join('');
    document.body.innerHTML = `<div class="pdfViewer">${html}</div>`;
  }

  it('tags with the page, lists an annotation on an unrendered page as pending, and scrolls to its page first', async () => {
    render([3]);
    const stored: Annotation[] = [];
    const { sent, send } = fakeBackground(() => stored);
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    const text = document.querySelector('.textLayer span')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, LINES[3]!.indexOf('每月'));
    range.setEnd(text, LINES[3]!.length);
    const created = await annotator.tagSelection('measure', '', range);
    expect(created?.anchor).toMatchObject({ strategy: 'pingyue-text/2', page: 3, position: { start: LINES[3]!.indexOf('每月') } });
    stored.push(created!);

    // The viewer scrolls back to page 1 and drops page 3's layer.
    render([1]);
    await settle();
    expect(annotator.placementReport()).toEqual({ documentId: 'd1', pending: [{ id: 'new', page: 3 }], pages: { read: 2, total: 3 } });
    expect(sent.some((m) => m.type === 'annotation/statuses')).toBe(false);
    expect(sent.filter((m) => m.type === 'page/placements').at(-1)).toMatchObject({ report: { pending: [{ id: 'new', page: 3 }] } });

    // Click-to-scroll: the page is brought into view, the viewer draws it, the passage is flashed.
    const page3 = () => document.querySelector<HTMLElement>('[data-page-number="3"]')!;
    page3().scrollIntoView = () => void setTimeout(() => render([1, 3]), 200);
    await expect(annotator.scrollTo('new')).resolves.toBe(true);
    expect(annotator.placementReport().pending).toEqual([]);
  });
});

describe('Annotator on a paged viewer that draws late', () => {
  it('announces the report once the viewer has drawn a page, with the pages read', async () => {
    document.body.innerHTML = '<div id="toolbar">-/-</div><div class="pdfViewer"><p id="loading">正在加载文档…</p></div>';
    const { sent, send } = fakeBackground();
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    expect(opened(sent)).toHaveLength(0);
    // The viewer creates its empty pages, then draws page 2's text layer and closes it.
    const viewer = document.querySelector('.pdfViewer')!;
    viewer.innerHTML = [1, 2, 3].map((n) => `<div class="page" data-page-number="${n}"></div>`).join('');
    await settle();
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    layer.innerHTML = '<span>二、存在问题。理论学习不够深入，学用结合还有差距。</span><br>';
    document.querySelector('[data-page-number="2"]')!.append(layer);
    await settle();
    const end = document.createElement('div');
    end.className = 'endOfContent';
    layer.append(end);
    await settle();
    const [announce] = opened(sent);
    expect(announce?.type === 'page/opened' && announce.page).toMatchObject({ pages: { read: 1, total: 3 }, complete: false });
  });
});
