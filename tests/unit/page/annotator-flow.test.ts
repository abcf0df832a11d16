// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '@/lib/page/annotator';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { Annotation, BackgroundReply, ContentToBackground, PageState } from '@/lib/schema';

const REPORT = '二、存在问题。理论学习不够深入，学用结合还有差距。三、整改措施。每月集中学习两次。';

/** The browser's CSS highlight registry, which happy-dom lacks: the Annotator paints through it. */
function installHighlightRegistry(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  Object.assign(window, { Highlight: class extends Set<Range> { constructor(...ranges: Range[]) { super(ranges); } } });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

/**
 * A background that stores what it is asked to, like the real one, and answers through `delay` (ms per
 * message type) so tests can make one reply overtake another.
 */
function fakeBackground(delay: Partial<Record<ContentToBackground['type'], number>> = {}) {
  const sent: ContentToBackground[] = [];
  const stored: Annotation[] = [];
  const state = (): PageState => ({ documentId: 'd1', annotations: [...stored], tagSet: DEFAULT_TAG_SET });
  const answer = (message: ContentToBackground): unknown => {
    switch (message.type) {
      case 'page/opened':
        return state();
      case 'annotation/create': {
        const created: Annotation = { id: `a${stored.length + 1}`, documentId: 'd1', tagId: message.tagId, comment: message.comment, anchor: message.anchor, anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 };
        stored.push(created);
        return { ...state(), created };
      }
      case 'viewer/read-app':
        return { state: 'absent' };
      default:
        return null;
    }
  };
  const send = async <M extends ContentToBackground>(message: M): Promise<BackgroundReply<M>> => {
    sent.push(message);
    const value = answer(message); // decided when asked, delivered after the delay
    await new Promise((resolve) => setTimeout(resolve, delay[message.type] ?? 0));
    return value as BackgroundReply<M>;
  };
  return { sent, stored, send };
}

const creates = (sent: ContentToBackground[]) => sent.filter((m) => m.type === 'annotation/create');
const rangeOf = (exact: string) => {
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, REPORT.indexOf(exact));
  range.setEnd(text, REPORT.indexOf(exact) + exact.length);
  return range;
};
const painted = (registry: Map<string, Set<Range>>, tagId: string) => [...(registry.get(`pingyue-tag-${tagId}`) ?? [])].map((r) => r.toString());

let annotator: Annotator | null = null;
let registry: Map<string, Set<Range>>;
let clock: number;
beforeEach(() => {
  document.body.innerHTML = `<p>${REPORT}</p>`;
  registry = installHighlightRegistry();
  clock = 1_000_000;
});
afterEach(() => {
  annotator?.dispose();
  annotator = null;
});

const start = async (background: ReturnType<typeof fakeBackground>, locale: 'zh' | 'en' = 'zh') => {
  annotator = new Annotator(document, background.send, { now: () => clock, locale });
  await annotator.start();
  return annotator;
};

describe('Annotator on a small document', () => {
  it('tags the selection: sends the passage to the background, paints the stored annotation and clears the selection', async () => {
    const background = fakeBackground();
    const a = await start(background);
    window.getSelection()!.addRange(rangeOf('理论学习不够深入'));

    const created = await a.tagSelection('problem', '');

    const [create] = creates(background.sent);
    expect(create).toMatchObject({ type: 'annotation/create', tagId: 'problem', anchor: { quote: { exact: '理论学习不够深入' } } });
    expect(created).toEqual(background.stored[0]);
    expect(painted(registry, 'problem')).toEqual(['理论学习不够深入']);
    expect(window.getSelection()!.rangeCount).toBe(0);
    expect(a.placementReport()).toEqual({ documentId: 'd1', pending: [], pages: null });
  });

  it('paints what is stored when the frame opens, in its tag’s layer', async () => {
    const background = fakeBackground();
    await start(background);
    await annotator!.tagSelection('measure', '', rangeOf('每月集中学习两次'));
    annotator!.dispose();
    registry.clear();

    await start(background);
    expect(painted(registry, 'measure')).toEqual(['每月集中学习两次']);
  });
});

describe('Annotator: a double click on a tag button', () => {
  it('makes one annotation for the same passage and tag within the window, and a second after it', async () => {
    const background = fakeBackground();
    const a = await start(background);
    await a.tagSelection('problem', '', rangeOf('理论学习不够深入'));
    clock += 300;
    expect(await a.tagSelection('problem', '', rangeOf('理论学习不够深入'))).toBeNull();
    expect(creates(background.sent)).toHaveLength(1);
    await a.tagSelection('measure', '', rangeOf('理论学习不够深入')); // another tag is another request
    clock += 1_000;
    await a.tagSelection('measure', '', rangeOf('理论学习不够深入'));
    expect(creates(background.sent).map((m) => m.type === 'annotation/create' && m.tagId)).toEqual(['problem', 'measure', 'measure']);
  });
});

describe('Annotator: a shortcut delivered twice', () => {
  it('acts on the command and drops the page key’s echo of it, but not a later press', async () => {
    const background = fakeBackground();
    const a = await start(background);
    const slot = DEFAULT_TAG_SET.tags.find((t) => t.id === 'problem')!.shortcut!;
    window.getSelection()!.addRange(rangeOf('学用结合还有差距'));
    await a.tagByShortcut('command', slot);
    window.getSelection()!.addRange(rangeOf('学用结合还有差距'));
    clock += 200;
    await a.tagByShortcut('page-key', slot);
    expect(creates(background.sent)).toHaveLength(1);

    clock += 2_000;
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(rangeOf('每月集中学习两次'));
    await a.tagByShortcut('page-key', slot);
    expect(creates(background.sent)).toHaveLength(2);
    expect(painted(registry, 'problem')).toEqual(['学用结合还有差距', '每月集中学习两次']);
  });
});

describe('Annotator: replies are applied in the order they were asked', () => {
  it('a slow refresh asked before a tag does not overwrite the new annotation with its older state', async () => {
    const background = fakeBackground({ 'page/opened': 50 });
    const a = await start(background);
    const refreshed = a.refresh();
    const tagged = a.tagSelection('problem', '', rangeOf('理论学习不够深入'));
    await Promise.all([refreshed, tagged]);
    const order = background.sent.filter((m) => m.type === 'page/opened' || m.type === 'annotation/create').map((m) => m.type);
    expect(order).toEqual(['page/opened', 'page/opened', 'annotation/create']);
    expect(painted(registry, 'problem')).toEqual(['理论学习不够深入']);
    expect(a.placementReport().pending).toEqual([]);
  });

  it('a refresh after a tag shows the stored state, the new annotation included', async () => {
    const background = fakeBackground({ 'annotation/create': 50 });
    const a = await start(background);
    const tagged = a.tagSelection('problem', '', rangeOf('理论学习不够深入'));
    const refreshed = a.refresh();
    await Promise.all([tagged, refreshed]);
    const order = background.sent.filter((m) => m.type === 'page/opened' || m.type === 'annotation/create').map((m) => m.type);
    expect(order).toEqual(['page/opened', 'annotation/create', 'page/opened']);
    expect(painted(registry, 'problem')).toEqual(['理论学习不够深入']);
  });
});
