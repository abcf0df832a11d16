// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/lib/anchoring/text-map';

// jsdom rather than happy-dom: happy-dom 21 mis-orders range boundaries around <template> and
// collapses valid ranges.

function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const HTML = [
  '<h1>述职<b>报告</b></h1>',
  '<script>var secret = "不应出现";</script><style>p{color:red}</style>',
  '<p>一、<span>主要<i>工作</i></span>完成情况</p>',
  '<div data-pingyue-ui><span>成绩</span><span>问题</span></div>',
  '<noscript>请启用脚本</noscript><textarea>草稿</textarea><template><p>模板</p></template>',
  '<p>全年<span></span>培训12场。</p>',
].join('');

describe('buildTextMap', () => {
  it('concatenates visible text nodes in document order and skips non-report text', () => {
    const map = buildTextMap(fixture(HTML));
    expect(map.text).toBe('述职报告一、主要工作完成情况全年培训12场。');
  });

  it('maps a range across node boundaries and nesting, and back', () => {
    const map = buildTextMap(fixture(HTML));
    const start = map.text.indexOf('报告一、主要工');
    const end = start + '报告一、主要工'.length;
    const range = map.rangeFor(start, end);
    expect(range.startContainer.textContent).toBe('报告');
    expect(range.endContainer.textContent).toBe('工作');
    expect(map.offsetsOf(range)).toEqual({ start, end });
  });

  it('puts a start at a node edge into the following node and an end into the preceding one', () => {
    const map = buildTextMap(fixture('<p>甲乙</p><p>丙丁</p>'));
    const range = map.rangeFor(2, 4);
    expect(range.startContainer.textContent).toBe('丙丁');
    expect(range.startOffset).toBe(0);
    const before = map.rangeFor(0, 2);
    expect(before.endContainer.textContent).toBe('甲乙');
    expect(before.endOffset).toBe(2);
  });

  it('round-trips every span of a small document', () => {
    const map = buildTextMap(fixture(HTML));
    for (let start = 0; start < map.text.length; start++) {
      for (let end = start + 1; end <= map.text.length; end++) {
        expect(map.offsetsOf(map.rangeFor(start, end))).toEqual({ start, end });
      }
    }
  });

  it('does not skip text inside a range (Range#toString also includes skipped script text)', () => {
    const map = buildTextMap(fixture('<p>甲乙</p><p>丙<b>丁</b>戊</p>'));
    for (let start = 0; start < map.text.length; start++) {
      for (let end = start + 1; end <= map.text.length; end++) {
        expect(map.rangeFor(start, end).toString()).toBe(map.text.slice(start, end));
      }
    }
  });

  it('locates element boundaries and boundaries inside skipped text', () => {
    const root = fixture('<p id="a">甲乙</p><script>x</script><p id="b">丙丁</p>');
    const map = buildTextMap(root);
    const range = document.createRange();
    range.setStart(root.querySelector('#b')!, 0);
    range.setEnd(root, root.childNodes.length);
    expect(map.offsetsOf(range)).toEqual({ start: 2, end: 4 });
    range.setStart(root.querySelector('script')!.firstChild!, 1);
    expect(map.offsetsOf(range)).toEqual({ start: 2, end: 4 });
    range.selectNodeContents(root.querySelector('#a')!);
    expect(map.offsetsOf(range)).toEqual({ start: 0, end: 2 });
  });

  it('returns null for ranges outside the root', () => {
    const root = fixture('<p>甲乙</p>');
    const outside = document.createElement('p');
    outside.textContent = '外部';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(buildTextMap(root).offsetsOf(range)).toBeNull();
  });

  it('handles an empty root', () => {
    const map = buildTextMap(fixture('<p></p>'));
    expect(map.text).toBe('');
    expect(map.rangeFor(0, 0).collapsed).toBe(true);
  });
});
