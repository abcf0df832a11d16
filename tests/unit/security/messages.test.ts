import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { handleContentMessage, type MessageSender } from '@/lib/background/handle-content-message';
import { isExtensionPage } from '@/lib/background/handle-page-message';
import { slotFromKey } from '@/lib/page/shortcut-keys';
import type { PingyueDB } from '@/lib/db';
import type { PageIdentity, PageState } from '@/lib/schema';
import { freshDb } from '../../fixtures/db/helpers';

const MINE = '二、存在的问题。部分党员参加组织生活不够经常。三、下一步打算。明年六月底前完成轮训。';
const THEIRS = '另一份完全不同的报告：全年开展专题调研十二次，形成调研报告五篇，推动解决实际问题。';
const ctx = (db: PingyueDB) => ({ db, extensionId: 'pingyue-id', now: () => 1, onFrameSeen: async () => {} });
const frame = (url: string): MessageSender => ({ id: 'pingyue-id', url, tab: { id: 3 }, frameId: 0 });

let db: PingyueDB;
let dispose: () => Promise<void>;
let mine: PageIdentity;
let theirs: PageIdentity;

/** Tags the first eight characters of `text` from `page`'s own frame; resolves to the stored annotation. */
async function tag(page: PageIdentity, text: string) {
  const reply = await handleContentMessage(
    { type: 'annotation/create', page, tagId: 'problem', comment: '机密意见', anchor: describeRange(text, 0, 8) },
    frame(page.url),
    ctx(db),
  );
  return (reply as { ok: true; value: PageState }).value.annotations[0]!;
}

beforeEach(async () => {
  ({ db, dispose } = freshDb('messages'));
  mine = pageIdentity(await identifyText(MINE), { url: 'https://oa.example.cn/r/1', title: '甲', complete: true });
  theirs = pageIdentity(await identifyText(THEIRS), { url: 'https://oa.example.cn/r/2', title: '乙', complete: true });
});
afterEach(() => dispose());

describe('a frame cannot reach another report', () => {
  it('rejects statuses for a document its page identity does not resolve to, writing nothing', async () => {
    const own = await tag(mine, MINE);
    const foreign = await tag(theirs, THEIRS);
    // Frame showing `mine` claims `theirs`' document id (and lists its annotation).
    const reply = await handleContentMessage(
      { type: 'annotation/statuses', page: mine, documentId: foreign.documentId, statuses: [{ id: foreign.id, status: 'orphan' }] },
      frame(mine.url),
      ctx(db),
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('rejected') });
    expect((await db.annotations.get(foreign.id))!.anchorStatus).toBe('anchored');
    expect((await db.annotations.get(own.id))!.anchorStatus).toBe('anchored');
  });

  it('rejects a page identity borrowed from another frame (URL mismatch)', async () => {
    const foreign = await tag(theirs, THEIRS);
    const reply = await handleContentMessage(
      { type: 'annotation/statuses', page: theirs, documentId: foreign.documentId, statuses: [{ id: foreign.id, status: 'orphan' }] },
      frame(mine.url),
      ctx(db),
    );
    expect(reply.ok).toBe(false);
    expect((await db.annotations.get(foreign.id))!.anchorStatus).toBe('anchored');
  });

  it('a page that is not a stored report reads nothing: no document, no annotations', async () => {
    await tag(theirs, THEIRS);
    const stranger = pageIdentity(await identifyText('完全无关的网页内容，和任何报告都不像。'), { url: 'https://evil.example/', title: 'x', complete: true });
    const reply = await handleContentMessage({ type: 'page/opened', page: stranger }, frame(stranger.url), ctx(db));
    expect((reply as { ok: true; value: PageState }).value).toMatchObject({ documentId: null, annotations: [] });
  });

  it('accepts statuses for its own report', async () => {
    const own = await tag(mine, MINE);
    const reply = await handleContentMessage(
      { type: 'annotation/statuses', page: mine, documentId: own.documentId, statuses: [{ id: own.id, status: 'uncertain' }] },
      frame(mine.url),
      ctx(db),
    );
    expect(reply.ok).toBe(true);
    expect((await db.annotations.get(own.id))!.anchorStatus).toBe('uncertain');
  });
});

describe('who counts as an extension page', () => {
  const base = 'chrome-extension://pingyue-id/';
  it.each<[string, { id?: string; url?: string }, boolean]>([
    ['the side panel', { id: 'pingyue-id', url: `${base}sidepanel.html?tabId=4` }, true],
    ['a content script (page URL)', { id: 'pingyue-id', url: 'https://oa.example.cn/r/1' }, false],
    ['another extension’s page', { id: 'other', url: 'chrome-extension://other/x.html' }, false],
    ['another id claiming our URL', { id: 'other', url: `${base}sidepanel.html` }, false],
    ['no URL', { id: 'pingyue-id' }, false],
  ])('%s', (_, sender, expected) => expect(isExtensionPage(sender, 'pingyue-id', base)).toBe(expected));
});

describe('key events the page synthesises never tag', () => {
  const keys = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code: 'Digit2' };
  it('ignores untrusted Alt+Shift+2, honours the reviewer’s', () => {
    expect(slotFromKey({ ...keys, isTrusted: false })).toBeNull();
    expect(slotFromKey({ ...keys, isTrusted: true })).toBe(2);
  });
});
