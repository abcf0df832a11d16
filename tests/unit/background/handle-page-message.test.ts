import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openPingyueDB, type PingyueDB } from '@/lib/db';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { handleContentMessage } from '@/lib/background/handle-content-message';
import { handlePageMessage } from '@/lib/background/handle-page-message';
import type { CreatedState } from '@/lib/schema';
import type { TabFrames } from '@/lib/background/tab-frames';

const REPORT = '二、存在的问题。部分党员参加组织生活不够经常。三、下一步打算。明年六月底前完成轮训。';
const URL_ = 'https://oa.example.cn/report/7';

let db: PingyueDB;
const pageCtx = (now = 2_000) => ({ db, now: () => now, frames: {} as TabFrames, onTagSetsChanged: async () => {}, onReportOriginsChanged: async () => {} });

beforeEach(() => {
  db = openPingyueDB(`page-handler-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function createOne() {
  const page = pageIdentity(await identifyText(REPORT), { url: URL_, title: '述职报告', complete: true });
  const reply = await handleContentMessage(
    { type: 'annotation/create', page, tagId: 'problem', comment: '', anchor: describeRange(REPORT, 8, 20) },
    { id: 'pingyue-id', url: URL_, tab: { id: 5 }, frameId: 0 },
    { db, extensionId: 'pingyue-id', now: () => 1_000, onFrameSeen: async () => {} },
  );
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as CreatedState).created;
}

describe('annotation/create', () => {
  it('answers with the annotation it made, as stored', async () => {
    const created = await createOne();
    expect(created).toMatchObject({ tagId: 'problem', comment: '', anchorStatus: 'anchored' });
    expect(await db.annotations.get(created.id)).toEqual(created);
  });
});

describe("annotation/comment (the toolbar's comment frame)", () => {
  it('writes the comment into the annotation and stamps the edit', async () => {
    const created = await createOne();
    const reply = await handlePageMessage({ type: 'annotation/comment', annotationId: created.id, comment: '没有点名是哪些社区\n请补充' }, pageCtx());
    expect(reply).toMatchObject({ ok: true, value: { id: created.id, comment: '没有点名是哪些社区\n请补充', updatedAt: 2_000 } });
    expect((await db.annotations.get(created.id))!.comment).toBe('没有点名是哪些社区\n请补充');
  });

  it('says so when the annotation no longer exists, and creates nothing', async () => {
    const reply = await handlePageMessage({ type: 'annotation/comment', annotationId: 'gone', comment: '意见' }, pageCtx());
    expect(reply).toEqual({ ok: false, error: 'annotation not found' });
    expect(await db.annotations.count()).toBe(0);
  });

  it.each([
    ['an over-long comment', { type: 'annotation/comment', annotationId: 'x', comment: 'x'.repeat(20_001) }],
    ['a missing id', { type: 'annotation/comment', comment: '意见' }],
    ['extra fields', { type: 'annotation/comment', annotationId: 'x', comment: '', tagId: 'achievement' }],
  ])('refuses %s', async (_, message) => {
    expect((await handlePageMessage(message, pageCtx())).ok).toBe(false);
  });
});
