import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openPingyueDB, type PingyueDB } from '@/lib/db';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pagesOf, renderedPages, templateReport } from '../../fixtures/documents/paged-report';
import { pageIdentity } from '@/lib/documents/page-identity';
import { handleContentMessage, type FrameSeen, type MessageSender } from '@/lib/background/handle-content-message';
import type { PageIdentity, PageState, ViewerAppReading } from '@/lib/schema';

const REPORT = '二、存在的问题。部分党员参加组织生活不够经常。三、下一步打算。明年六月底前完成轮训。';
const URL_ = 'https://oa.example.cn/report/7?token=abc';
const sender: MessageSender = { id: 'pingyue-id', url: URL_, tab: { id: 5 }, frameId: 0 };

let db: PingyueDB;
let seen: FrameSeen[];
let page: PageIdentity;
const APP_READING: ViewerAppReading = { state: 'loaded', fingerprints: ['ab'.repeat(16)], title: '述职报告', pageCount: 2, pages: ['第一页', '第二页'] };
const ctx = () => ({
  db,
  extensionId: 'pingyue-id',
  now: () => 1_700_000_000_000,
  onFrameSeen: async (f: FrameSeen) => void seen.push(f),
  readViewerApp: async (tabId: number, frameId: number): Promise<ViewerAppReading> => (tabId === 5 && frameId === 0 ? APP_READING : { state: 'absent' }),
});

beforeEach(async () => {
  db = openPingyueDB(`handler-${Math.random()}`);
  seen = [];
  page = pageIdentity(await identifyText(REPORT), { url: URL_, title: '述职报告', complete: true });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const create = (exact: string, tagId = 'problem') => {
  const start = REPORT.indexOf(exact);
  return handleContentMessage({ type: 'annotation/create', page, tagId, comment: '', anchor: describeRange(REPORT, start, start + exact.length) }, sender, ctx());
};

describe('handleContentMessage', () => {
  it('reads the viewer application of the sending frame, and only acknowledges placement reports', async () => {
    expect(await handleContentMessage({ type: 'viewer/read-app' }, sender, ctx())).toEqual({ ok: true, value: APP_READING });
    expect(await handleContentMessage({ type: 'viewer/read-app' }, { ...sender, frameId: 3 }, ctx())).toEqual({ ok: true, value: { state: 'absent' } });
    const report = { documentId: null, pending: [{ id: 'a1', page: 9 }], pages: { read: 3, total: 16 } };
    expect(await handleContentMessage({ type: 'page/placements', report }, sender, ctx())).toEqual({ ok: true, value: null });
    const bad = await handleContentMessage({ type: 'page/placements', report: { ...report, pending: [{ id: 'a1', page: 0 }] } }, sender, ctx());
    expect(bad.ok).toBe(false);
  });

  it('answers page/opened for an unknown report with no document, the active tag set, and records the frame', async () => {
    const reply = await handleContentMessage({ type: 'page/opened', page }, sender, ctx());
    expect(reply.ok).toBe(true);
    const state = (reply as { value: PageState }).value;
    expect(state.documentId).toBeNull();
    expect(state.tagSet.tags.map((t) => t.label)).toEqual(['成绩', '问题', '措施', '原因', '疑问']);
    expect(seen).toEqual([{ tabId: 5, frameId: 0, page, documentId: null }]);
  });

  it('creates an annotation and returns the report with all its annotations in reading order', async () => {
    await create('明年六月底前完成轮训', 'measure');
    const reply = await create('部分党员参加组织生活不够经常');
    const state = (reply as { ok: true; value: PageState }).value;
    expect(state.annotations.map((a) => a.anchor.quote.exact)).toEqual(['部分党员参加组织生活不够经常', '明年六月底前完成轮训']);
    const reopened = await handleContentMessage({ type: 'page/opened', page: { ...page, url: 'https://oa.example.cn/report/7?token=zzz' } }, { ...sender, url: 'https://oa.example.cn/report/7?token=zzz' }, ctx());
    expect((reopened as { value: PageState }).value.annotations).toHaveLength(2);
  });

  it('answers annotation/create with the annotation it stored', async () => {
    await create('明年六月底前完成轮训', 'measure');
    const reply = await create('部分党员参加组织生活不够经常');
    if (!reply.ok || reply.value === null || !('created' in reply.value)) throw new Error('expected the created annotation');
    const stored = await db.annotations.get(reply.value.created.id);
    expect(reply.value.created).toEqual(stored);
    expect(reply.value.created).toMatchObject({ tagId: 'problem', anchor: { quote: { exact: '部分党员参加组织生活不够经常' } } });
  });

  it.each<[string, unknown, MessageSender]>([
    ['another extension', { type: 'page/opened', page: null }, { ...sender, id: 'other' }],
    ['a sender outside any tab', { type: 'page/opened', page: null }, { id: 'pingyue-id', url: URL_ }],
  ])('rejects messages from %s', async (_, message, from) => {
    const reply = await handleContentMessage({ ...(message as object), page }, from, ctx());
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('rejected') });
    expect(await db.documents.count()).toBe(0);
  });

  it('rejects a page that claims another URL than its frame', async () => {
    const reply = await handleContentMessage({ type: 'page/opened', page }, { ...sender, url: 'https://evil.example/' }, ctx());
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('does not match') });
    expect(seen).toEqual([]);
  });

  it.each([
    ['unknown type', { type: 'annotation/delete-all' }],
    ['extra keys', { type: 'page/opened', page: {}, sneaky: true }],
    ['an over-long quote', { type: 'annotation/create', tagId: 'problem', comment: '', anchor: { strategy: 'pingyue-text/1', quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(20_001), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } } }],
  ])('rejects an invalid message (%s) without writing', async (_, message) => {
    const reply = await handleContentMessage({ page, ...message }, sender, ctx());
    expect(reply.ok).toBe(false);
    expect(await db.annotations.count()).toBe(0);
  });

  it('lets a frame update the anchor status of its own report only', async () => {
    const mine = (await create('部分党员参加组织生活不够经常')) as { ok: true; value: PageState };
    const own = mine.value.annotations[0]!;
    const otherPage = { ...page, ...(await identifyText('另一份完全不同的报告，内容毫不相干。')) };
    await handleContentMessage({ type: 'annotation/create', page: otherPage, tagId: 'problem', comment: '', anchor: describeRange('另一份完全不同的报告', 0, 5) }, sender, ctx());
    const foreign = (await db.annotations.toArray()).find((a) => a.documentId !== own.documentId)!;

    await handleContentMessage(
      { type: 'annotation/statuses', page, documentId: own.documentId, statuses: [{ id: own.id, status: 'orphan' }, { id: foreign.id, status: 'orphan' }] },
      sender,
      ctx(),
    );
    expect((await db.annotations.get(own.id))!.anchorStatus).toBe('orphan');
    expect((await db.annotations.get(foreign.id))!.anchorStatus).toBe('anchored');
  });

  it('keeps a paged viewer’s report one report: tags on pages 1 and 10, reopened at page 8, list both', async () => {
    const pages = pagesOf(templateReport(3, 12_000), 1000);
    const viewOf = async (numbers: number[]) =>
      pageIdentity(await identifyText(renderedPages(pages, numbers)), { url: URL_, title: '文档预览', complete: false, pdfFingerprints: ['ab'.repeat(16)], pages: { read: numbers.length, total: pages.length } });
    const tag = async (numbers: number[], exact: string) => {
      const text = renderedPages(pages, numbers);
      const start = text.indexOf(exact);
      return handleContentMessage({ type: 'annotation/create', page: await viewOf(numbers), tagId: 'achievement', comment: '', anchor: describeRange(text, start, start + exact.length) }, sender, ctx());
    };
    await tag([1, 2], pages[0]!.slice(50, 70));
    await tag([10, 11], pages[9]!.slice(50, 70));
    const reopened = await handleContentMessage({ type: 'page/opened', page: await viewOf([8]) }, sender, ctx());
    const state = (reopened as { ok: true; value: PageState }).value;
    expect(state.annotations).toHaveLength(2);
    expect(state.annotations.every((a) => a.documentId === state.documentId)).toBe(true);
    expect(await db.documents.count()).toBe(1);
  });
});
