// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isPagedViewer, pagedSource } from '@/lib/page/sources/paged-source';
import { pageSource } from '@/lib/page/sources/page-source';

// The DOM pdf.js's PDFViewer builds: every page's div up front, a text layer (spans, <br> at line ends,
// a closing .endOfContent) only on pages near the viewport.
const LINES: Record<number, string[]> = {
  1: ['2025年度个人述职报告', '一、主要成绩', '全年走访社区工作者四十三人，解决群众反映的', '问题十二件。', '— 1 —'],
  2: ['二、存在问题', '理论学习不够深入，学用结合还有差距。', '— 2 —'],
  3: ['三、整改措施', '每月集中学习两次。', '— 3 —'],
};

function viewer(rendered: number[]): void {
  document.title = '文档预览';
  const pages = [1, 2, 3]
    .map((n) => {
      const layer = rendered.includes(n)
        ? `<div class="textLayer">${LINES[n]!.map((line) => `<span role="presentation">${line}</span><br role="presentation">`).join('')}<div class="endOfContent"></div></div>`
        : '';
      return `<div class="page" data-page-number="${n}"><div class="canvasWrapper"></div>${layer}</div>`;
    })
    .join('');
  document.body.innerHTML = `<div id="toolbar">放大 缩小 打印</div><div id="viewerContainer"><div class="pdfViewer">${pages}</div></div>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pagedSource', () => {
  it('recognises the class of viewer, also before any text layer is drawn', () => {
    viewer([]);
    expect(isPagedViewer(document)).toBe(true);
    document.body.innerHTML = '<article><p data-page-number="3">not a page viewer</p></article>';
    expect(isPagedViewer(document)).toBe(false);
  });

  it('maps only the rendered text layers, page by page, and knows the page count from the DOM', () => {
    viewer([2, 3]);
    const source = pagedSource(document);
    const { map, pages } = source.rendered();
    expect(map.text).toBe(LINES[2]!.join('') + LINES[3]!.join(''));
    expect(pages).toEqual([
      { number: 2, start: 0, end: LINES[2]!.join('').length },
      { number: 3, start: LINES[2]!.join('').length, end: map.text.length },
    ]);
    expect(source.pagesRead()).toEqual({ read: 2, total: 3 });
    expect(source.complete()).toBe(false);
    expect(map.text).not.toContain('放大');
  });

  it('counts pages drawn since the last read without anyone reading their text first (a late viewer is announced)', () => {
    viewer([]);
    const source = pagedSource(document);
    expect(source.pagesRead()).toEqual({ read: 0, total: 3 });
    viewer([2]);
    source.invalidate();
    expect(source.pagesRead()).toEqual({ read: 1, total: 3 });
  });

  it('remembers pages seen during the visit after the viewer drops their layers', () => {
    viewer([1]);
    const source = pagedSource(document);
    source.rendered();
    viewer([3]);
    source.invalidate();
    expect(source.rendered().pages.map((p) => p.number)).toEqual([3]);
    expect(source.pageText(1)).toBe(`${LINES[1]!.join('\n')}\n`);
    expect(source.pagesRead()).toEqual({ read: 2, total: 3 });
    // The reading text: lines joined into sentences, footers gone, pages in order.
    expect(source.readingText()).toContain('全年走访社区工作者四十三人，解决群众反映的问题十二件。');
    expect(source.readingText()).not.toContain('— 1 —');
    expect(source.readingText().indexOf('一、主要成绩')).toBeLessThan(source.readingText().indexOf('三、整改措施'));
  });

  it('reads a page scrolled past before anyone read the frame from its removed text layer', () => {
    viewer([1]);
    const source = pagedSource(document);
    expect(source.pagesRead()).toEqual({ read: 1, total: 3 });
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true });
    // Page 2 is drawn and dropped again (scrolled past quickly), then page 3 is drawn and its layer
    // emptied before its page element is recycled; no one read the frame in between.
    const layerOf = (n: number) => {
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      layer.innerHTML = `${LINES[n]!.map((line) => `<span>${line}</span><br>`).join('')}<div class="endOfContent"></div>`;
      document.querySelector(`[data-page-number="${n}"]`)!.append(layer);
      return layer;
    };
    layerOf(2).remove();
    const page3 = document.querySelector('[data-page-number="3"]')!;
    layerOf(3);
    page3.remove();
    // An unfinished layer (no end marker yet) is not taken for the page's text.
    const unfinished = document.createElement('div');
    unfinished.className = 'textLayer';
    unfinished.textContent = '半页';
    document.querySelector('[data-page-number="1"]')!.append(unfinished);
    unfinished.remove();
    source.noteMutations(observer.takeRecords());
    observer.disconnect();
    source.invalidate();
    expect(source.pagesRead()).toEqual({ read: 3, total: 3 });
    expect(source.pageText(2)).toBe(LINES[2]!.map((line) => `${line}\n`).join(''));
    expect(source.readingText()).toContain('每月集中学习两次。');
  });

  it('takes every page from the viewer application when it was read, with its title and fingerprint', () => {
    viewer([2]);
    const source = pagedSource(document);
    source.setAppReading({
      state: 'loaded',
      fingerprints: ['0123456789abcdef0123456789abcdef'],
      title: 'Microsoft Word - 张三2025年度述职报告.docx',
      pageCount: 3,
      pages: [1, 2, 3].map((n) => LINES[n]!.join('\n')),
    });
    expect(source.complete()).toBe(true);
    expect(source.pdfFingerprints()).toEqual(['0123456789abcdef0123456789abcdef']);
    expect(source.title()).toBe('张三2025年度述职报告');
  });

  it('names the report by its title line when the viewer title is generic and there is no metadata', () => {
    viewer([1]);
    expect(pagedSource(document).title()).toBe('2025年度个人述职报告');
  });

  it('brings a page into view by its element', () => {
    viewer([1]);
    const page3 = document.querySelector<HTMLElement>('[data-page-number="3"]')!;
    let scrolled = false;
    page3.scrollIntoView = () => void (scrolled = true);
    expect(pagedSource(document).showPage(3)).toBe(true);
    expect(scrolled).toBe(true);
    expect(pagedSource(document).showPage(9)).toBe(false);
  });
});

describe('pagedSource in a viewer that shows one page at a time', () => {
  // pdf.js's page scroll mode and OA viewers with 上一页/下一页: the DOM holds only the page on screen.
  const layer = (n: number) => `<div class="textLayer">${LINES[n]!.map((line) => `<span>${line}</span><br>`).join('')}<div class="endOfContent"></div></div>`;
  const show = (n: number, controls: string) => {
    document.querySelector('#page-info')!.textContent = controls;
    document.querySelector('.pdfViewer')!.innerHTML = `<div class="page" data-page-number="${n}">${layer(n)}</div>`;
  };
  const oneAtATime = (controls: string) => {
    document.body.innerHTML = `<div id="toolbar"><button>上一页</button><span id="page-info"></span><button>下一页</button></div><div class="pdfViewer"></div>`;
    show(1, controls);
  };

  it('does not call a lone page 1 the whole report, and takes the page count from the controls', () => {
    oneAtATime('第 - 页 / 共 - 页');
    const source = pagedSource(document);
    expect(isPagedViewer(document)).toBe(true);
    expect(source.pagesRead()).toEqual({ read: 1, total: 1 });
    expect(source.complete()).toBe(false);
    // The viewer fills its controls in once the document has loaded.
    show(1, '第 1 页 / 共 3 页');
    source.invalidate();
    expect(source.pagesRead()).toEqual({ read: 1, total: 3 });
    expect(source.complete()).toBe(false);
  });

  it('keeps the pages turned past, knows the page elements are swapped, and is whole once every page was shown', () => {
    oneAtATime('');
    const source = pagedSource(document);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    for (const n of [2, 3]) {
      show(n, `${n}/3`);
      source.noteMutations(observer.takeRecords());
      source.invalidate();
      expect(source.rendered().pages.map((p) => p.number)).toEqual([n]);
    }
    observer.disconnect();
    expect(source.pagesRead()).toEqual({ read: 3, total: 3 });
    expect(source.pageText(1)).toContain('一、主要成绩');
    expect(source.complete()).toBe(true);
  });

  it('without a page count in the controls, pages swapped in are never taken for the whole report', () => {
    oneAtATime('');
    const source = pagedSource(document);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true });
    show(2, '');
    source.noteMutations(observer.takeRecords());
    observer.disconnect();
    source.invalidate();
    expect(source.pagesRead()).toEqual({ read: 2, total: 2 });
    expect(source.complete()).toBe(false);
  });

  it('still calls a pdf.js scroll-mode viewer whole from its page elements once every page was read', () => {
    viewer([1, 2, 3]);
    expect(pagedSource(document).complete()).toBe(true);
  });
});

describe('pageSource', () => {
  it('reads an ordinary page whole and keeps a specific page title', () => {
    document.title = '张三述职报告 - 某某OA';
    document.body.innerHTML = '<h1>张三述职报告</h1><p>全年走访社区工作者四十三人。</p>';
    const source = pageSource(document);
    expect(source.rendered().map.text).toBe('张三述职报告全年走访社区工作者四十三人。');
    expect(source.pagesRead()).toBeNull();
    expect(source.title()).toBe('张三述职报告 - 某某OA');
    document.title = '文档预览';
    expect(source.title()).toBe('张三述职报告');
  });
});
