// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, liveTextMap } from '@/lib/anchoring/text-map';

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

describe('liveTextMap', () => {
  /** A small pseudo-random generator, so a failure replays. */
  function random(seed: number) {
    let state = seed;
    return (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
  }
  const WORDS = ['甲乙', '丙', '丁戊己', '', 'ab', '述职'];

  /** One random change a page might make: new text, removed or moved elements, edited or emptied text. */
  function mutate(root: HTMLElement, pick: (n: number) => number): void {
    const elements = [root, ...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName !== 'script' && el.localName !== 'noscript');
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const element = elements[pick(elements.length)]!;
    switch (pick(7)) {
      case 0:
        element.append(document.createTextNode(WORDS[pick(WORDS.length)]!));
        break;
      case 1: {
        const p = document.createElement(pick(5) === 0 ? 'noscript' : 'p');
        p.innerHTML = `${WORDS[pick(WORDS.length)]}<b>${WORDS[pick(WORDS.length)]}</b>`;
        element.insertBefore(p, element.childNodes[pick(element.childNodes.length + 1)] ?? null);
        break;
      }
      case 2:
        if (element !== root) element.remove();
        break;
      case 3: {
        const text = texts[pick(texts.length + 1)];
        if (text) text.data = WORDS[pick(WORDS.length)]!;
        break;
      }
      case 4: {
        const target = elements[pick(elements.length)]!;
        if (element !== root && !element.contains(target)) target.prepend(element);
        break;
      }
      case 5:
        element.textContent = WORDS[pick(WORDS.length)]!;
        break;
      default:
        texts[pick(texts.length + 1)]?.remove();
    }
  }

  function expectSameAsFresh(live: ReturnType<typeof liveTextMap>, root: HTMLElement, step = 3): void {
    const fresh = buildTextMap(root);
    expect(live.textLength).toBe(fresh.text.length);
    expect(live.text).toBe(fresh.text);
    for (let start = 0; start < live.text.length; start += step) {
      const end = Math.min(live.text.length, start + 4);
      const range = live.rangeFor(start, end);
      expect(range.toString().replace(/\s/g, '')).toBe(fresh.rangeFor(start, end).toString().replace(/\s/g, ''));
      expect(live.offsetsOf(range)).toEqual(fresh.offsetsOf(range));
    }
  }

  /** Mapped nodes per block: the live map's own (64), and 2, so that a small page spans many blocks. */
  const BLOCKS = [64, 2] as const;

  it.each(BLOCKS)('follows random changes of the page from their mutation records alone (blocks of %s nodes)', (blockNodes) => {
    for (let seed = 1; seed <= 16; seed++) {
      const pick = random(seed);
      const root = fixture(HTML);
      const live = liveTextMap(root, blockNodes);
      expect(live.build(() => true)).toBe(true);
      const observer = new MutationObserver(() => {});
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      for (let batch = 0; batch < 8; batch++) {
        for (let i = 0, n = 1 + pick(4); i < n; i++) mutate(root, pick);
        live.update(observer.takeRecords());
        expectSameAsFresh(live, root);
      }
      observer.disconnect();
    }
  }, 60_000);

  it.each(BLOCKS)('follows many changes from their records applied a few at a time, as from all of them at once (blocks of %s nodes)', (blockNodes) => {
    for (let seed = 1; seed <= 16; seed++) {
      const pick = random(seed);
      const root = fixture(HTML);
      const live = liveTextMap(root, blockNodes);
      expect(live.build(() => true)).toBe(true);
      const observer = new MutationObserver(() => {});
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      for (let i = 0; i < 24; i++) mutate(root, pick);
      const records = observer.takeRecords();
      for (let at = 0; at < records.length; at += 1 + (seed % 3)) live.update(records.slice(at, at + 1 + (seed % 3)));
      expectSameAsFresh(live, root);
      observer.disconnect();
    }
  }, 60_000);

  it.each(BLOCKS)('carries spans through random changes: a span it moves holds the same text, and one it cannot move was edited (blocks of %s nodes)', (blockNodes) => {
    for (let seed = 1; seed <= 24; seed++) {
      const pick = random(seed);
      const root = fixture(HTML.repeat(3));
      const live = liveTextMap(root, blockNodes);
      live.build(() => true);
      const observer = new MutationObserver(() => {});
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      const version = live.version;
      const before = live.text;
      const spans = Array.from({ length: 40 }, () => {
        const start = pick(before.length + 1);
        return { start, end: Math.min(before.length, start + pick(6)) };
      });
      for (let batch = 0, n = 1 + pick(4); batch < n; batch++) {
        mutate(root, pick);
        live.update(observer.takeRecords());
      }
      const changed = live.changedSince(version)!;
      expect(changed).not.toBeNull();
      // The text outside the changed spans was there before, in the same order: the first piece starts
      // the old text, the last ends it.
      const kept: string[] = [];
      let at = 0;
      for (const span of changed) {
        expect(span.start).toBeGreaterThanOrEqual(at);
        kept.push(live.text.slice(at, span.start));
        at = span.end;
      }
      kept.push(live.text.slice(at));
      expect(before.startsWith(kept[0]!)).toBe(true);
      expect(before.endsWith(kept.at(-1)!)).toBe(true);
      let from = kept[0]!.length;
      for (const piece of kept.slice(1, -1)) {
        const found = before.indexOf(piece, from);
        expect(found).toBeGreaterThanOrEqual(0);
        from = found + piece.length;
      }
      for (const span of spans) {
        const moved = live.moveSpan(version, span.start, span.end);
        if (moved) expect(live.text.slice(moved.start, moved.end)).toBe(before.slice(span.start, span.end));
        // Far from every edit (before the first or after the last), a span always moves.
        const first = changed[0];
        if (first && span.end < first.start) expect(moved).toEqual(span);
      }
      observer.disconnect();
    }
  }, 60_000);

  it.each(BLOCKS)('keeps every node findable through many updates that change the number of nodes (blocks of %s nodes)', (blockNodes) => {
    const pick = random(7);
    const root = fixture(HTML.repeat(4));
    const live = liveTextMap(root, blockNodes);
    live.build(() => true);
    const observer = new MutationObserver(() => {});
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    // A notification list at the top that grows and shrinks one item per update, 150 times.
    const feed = document.createElement('ul');
    root.prepend(feed);
    live.update(observer.takeRecords());
    for (let i = 0; i < 150; i++) {
      if (feed.childNodes.length > 0 && pick(3) === 0) feed.lastChild!.remove();
      else feed.append(Object.assign(document.createElement('li'), { textContent: `消息${i}` }));
      if (i % 37 === 0) mutate(root, pick);
      live.update(observer.takeRecords());
    }
    expectSameAsFresh(live, root, 7);
    observer.disconnect();
  });

  it('moves a passage past a clock ticking above it, and reports only the clock as changed', () => {
    const root = fixture('<header><span id="clock">09:00:00</span></header><p>前文</p><p>二、存在问题。理论学习不够深入。</p>');
    const live = liveTextMap(root);
    live.build(() => true);
    const observer = new MutationObserver(() => {});
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const version = live.version;
    const start = live.text.indexOf('理论学习');
    for (const time of ['上午9:00:01', '9:00:02', '上午09:00:03.125']) {
      root.querySelector('#clock')!.textContent = time;
      live.update(observer.takeRecords());
    }
    const moved = live.moveSpan(version, start, start + 4)!;
    expect(live.text.slice(moved.start, moved.end)).toBe('理论学习');
    expect(live.changedSince(version)).toEqual([{ start: 0, end: '上午09:00:03.125'.length }]);
    // The passage's own text edited: it cannot be carried, it must be looked for again.
    (root.querySelectorAll('p')[1]!.firstChild as Text).replaceData(8, 2, '学用');
    live.update(observer.takeRecords());
    expect(live.moveSpan(version, start, start + 4)).toBeNull();
    // A rebuild forgets the edits: nothing is carried across it.
    live.reset();
    live.build(() => true);
    expect(live.moveSpan(version, 0, 1)).toBeNull();
    expect(live.changedSince(version)).toBeNull();
    observer.disconnect();
  });

  it.each(BLOCKS)('is built in slices while the page changes under it, and is the same as a map built at once (blocks of %s nodes)', (blockNodes) => {
    for (let seed = 1; seed <= 6; seed++) {
      const pick = random(seed);
      const root = fixture(HTML.repeat(60));
      const live = liveTextMap(root, blockNodes);
      const observer = new MutationObserver(() => {});
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      let slices = 0;
      // One step of nodes per slice, and the page changes between slices.
      while (!live.build(() => false)) {
        mutate(root, pick);
        slices++;
      }
      expect(slices).toBeGreaterThan(0);
      live.update(observer.takeRecords());
      expectSameAsFresh(live, root, 41);
      observer.disconnect();
    }
  }, 60_000);
});
