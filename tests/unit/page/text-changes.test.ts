// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/page/annotator';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import type { Annotation, ContentToBackground, PageState } from '@/lib/schema';

// How the content script answers a page that keeps changing: a change outside the report's tagged
// passages costs nothing (no identity computed again, nothing placed again, nothing sent); a change
// inside one places that passage again.

const REPORT =
  '一、主要成绩。全年走访社区工作者四十三人，解决群众反映的问题十二件，组织专题培训六场。'.repeat(20) +
  '二、存在问题。理论学习不够深入，学用结合还有差距。三、整改措施。每月集中学习两次，全年不少于二十四次。';
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

function background(annotations: Annotation[]) {
  const sent: ContentToBackground[] = [];
  const send = vi.fn(async (message: ContentToBackground) => {
    sent.push(message);
    const state = { documentId: 'd1', annotations, tagSet: DEFAULT_TAG_SET } satisfies PageState;
    if (message.type === 'page/opened') return state;
    if (message.type === 'annotation/create') {
      const created: Annotation = { id: 'a1', documentId: 'd1', tagId: message.tagId, comment: '', anchor: message.anchor, anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 };
      return { ...state, created };
    }
    return message.type === 'viewer/read-app' ? { state: 'absent' } : null;
  });
  return { sent, send: send as unknown as <T>(message: ContentToBackground) => Promise<T> };
}

let annotator: Annotator | null = null;
beforeEach(() => {
  window.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  document.title = '述职报告';
  document.body.innerHTML = `<header>办公系统 <span id="clock">09:00:00</span></header><article><p>${REPORT}</p></article>`;
});
afterEach(() => {
  annotator?.dispose();
  vi.restoreAllMocks();
});

/** Tags `passage` through the annotator, and returns the annotation as the background would store it. */
async function tagged(passage: string): Promise<Annotation> {
  const { send } = background([]);
  const tagger = new Annotator(document, send, { now: Date.now, locale: 'zh' });
  await tagger.start();
  const text = document.querySelector('article p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, REPORT.indexOf(passage));
  range.setEnd(text, REPORT.indexOf(passage) + passage.length);
  const created = await tagger.tagSelection('problem', '', range);
  tagger.dispose();
  return { id: 'a1', documentId: 'd1', tagId: 'problem', comment: '', anchor: created!.anchor, anchorStatus: 'anchored', createdAt: 1, updatedAt: 1 };
}

describe('Annotator on a page that keeps changing', () => {
  it('spends nothing on a clock ticking outside the tagged passage, and places the passage again when its own text changes', async () => {
    const annotation = await tagged('理论学习不够深入');
    const { sent, send } = background([annotation]);
    annotator = new Annotator(document, send, { now: Date.now, locale: 'zh' });
    await annotator.start();
    expect(sent.filter((m) => m.type === 'page/opened')).toHaveLength(1);
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const ranges = vi.spyOn(document, 'createRange');

    for (const time of ['09:00:01', '09:00:02', '09:00:03']) {
      document.getElementById('clock')!.textContent = time;
      await settle();
    }
    expect(digest, 'the identity is not computed again').not.toHaveBeenCalled();
    expect(ranges, 'nothing is placed or painted again').not.toHaveBeenCalled();
    expect(sent.filter((m) => m.type !== 'page/placements')).toHaveLength(1);

    // The passage itself is edited away: it is placed again, found gone, and reported so.
    const p = document.querySelector('article p')!;
    p.textContent = REPORT.replace('理论学习不够深入，', '');
    await settle();
    await expect.poll(() => sent.find((m) => m.type === 'annotation/statuses')).toMatchObject({ statuses: [{ id: 'a1', status: 'orphan' }] });
  });
});
