import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  CONTENT_REPLIES,
  ToContent,
  type Annotation,
  type BackgroundReplies,
  type CreatedState,
  type FillFieldReply,
  type FrameDocument,
  type PageState,
  type ReadingText,
  type ToBackground,
} from '@/lib/schema';
import { describeRange } from '@/lib/anchoring/describe';
import { identifyText } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { sendToTab } from '@/lib/transport/send-to-tab';
import { readerMessageOf, type MessagingApi } from '@/lib/transport/report-frames';

const BASE = 'chrome-extension://abc/';
const REPORT = '二、存在的问题。部分党员参加组织生活不够经常。三、下一步打算。明年六月底前完成轮训。';
const page = pageIdentity(await identifyText(REPORT), { url: 'https://oa.example.cn/r/1', title: '述职报告', complete: true });

/** A tab whose content script answers every message with `answer`. */
function tabAnswering(answer: unknown) {
  const api = {
    tabs: { sendMessage: vi.fn(async () => answer) },
    runtime: { sendMessage: vi.fn(async () => undefined), getURL: (path: string) => `${BASE}${path.replace(/^\//, '')}` },
  } satisfies MessagingApi;
  return sendToTab(api);
}

describe('the protocol map', () => {
  it('names a reply for every message the background answers, and for no other', () => {
    expectTypeOf<keyof BackgroundReplies>().toEqualTypeOf<ToBackground['type']>();
  });

  it('names a reply schema for every message a frame answers, and for no other', () => {
    const types = ToContent._zod.def.options.map((option) => option.shape.type._zod.def.values[0]).sort();
    expect(Object.keys(CONTENT_REPLIES).sort()).toEqual(types);
  });
});

describe('sendToBackground', () => {
  it('resolves to the value the map names for the message, unwrapped', async () => {
    const created = { id: 'a1' } as Annotation;
    const runtime = { sendMessage: vi.fn(async () => ({ ok: true, value: { documentId: 'd1', annotations: [created], tagSet: null, created } })) };
    const reply = sendToBackground(runtime)({ type: 'annotation/create', page, tagId: 'problem', comment: '', anchor: describeRange(REPORT, 2, 7) });
    expectTypeOf(reply).resolves.toEqualTypeOf<CreatedState>();
    expect((await reply).created.id).toBe('a1');
    expectTypeOf(sendToBackground(runtime)({ type: 'page/opened', page })).resolves.toEqualTypeOf<PageState>();
    expectTypeOf(sendToBackground(runtime)({ type: 'tab/frames', tabId: 1 })).resolves.toEqualTypeOf<FrameDocument[]>();
  });

  it('throws the background’s error, and says so when nothing answered', async () => {
    const refusing = { sendMessage: async () => ({ ok: false, error: 'rejected: not a content script of this extension' }) };
    await expect(sendToBackground(refusing)({ type: 'tagsets/changed' })).rejects.toThrow('rejected: not a content script');
    await expect(sendToBackground({ sendMessage: async () => undefined })({ type: 'tagsets/changed' })).rejects.toThrow('no reply from the background');
  });
});

describe('sendToTab (answers come from pages we do not trust)', () => {
  it('resolves to the frame’s answer, typed by the map, when it has the promised shape', async () => {
    const reading = { text: '二、存在问题。', pages: { read: 1, total: 3 } };
    const reply = tabAnswering(reading)(7, { type: 'pingyue/get-text' }, { frameId: 0, url: 'https://oa.example.cn/r/1' });
    expectTypeOf(reply).resolves.toEqualTypeOf<ReadingText | undefined>();
    expect(await reply).toEqual(reading);
    const fill = tabAnswering({ filled: true, frameHasField: true })(7, { type: 'pingyue/fill-field', text: '意见', chosenAt: 1 }, { frameId: 2, url: 'https://oa.example.cn/form' });
    expectTypeOf(fill).resolves.toEqualTypeOf<FillFieldReply | undefined>();
    expect(await fill).toEqual({ filled: true, frameHasField: true });
  });

  it.each<[string, ToContent, unknown]>([
    ['a string for the text', { type: 'pingyue/get-text' }, '二、存在问题。'],
    ['a truthy non-boolean for “shown”', { type: 'pingyue/scroll-to', annotationId: 'a1' }, 'yes'],
    ['an extra field in a fill reply', { type: 'pingyue/fill-field', text: 'x', chosenAt: 1 }, { filled: true, frameHasField: true, html: '<b>' }],
    ['a negative count of findings drawn', { type: 'pingyue/show-findings', marks: [] }, -1],
  ])('treats %s as no answer', async (_, message, answer) => {
    expect(await tabAnswering(answer)(7, message, { frameId: 0, url: 'https://oa.example.cn/r/1' })).toBeUndefined();
  });
});

describe('frames parse what they are sent', () => {
  const self = { extensionId: 'abc', extensionBase: BASE, tabId: 7 };
  const fromPanel = { id: 'abc', url: `${BASE}sidepanel.html` };
  it('the reader refuses an envelope whose message the protocol does not know or that is malformed', () => {
    const envelope = (message: unknown) => ({ type: 'pingyue/to-reader', tabId: 7, message });
    expect(readerMessageOf(envelope({ type: 'pingyue/scroll-to', annotationId: 'a1' }), fromPanel, self)).toEqual({ type: 'pingyue/scroll-to', annotationId: 'a1' });
    expect(readerMessageOf(envelope({ type: 'pingyue/erase-all' }), fromPanel, self)).toBeNull();
    expect(readerMessageOf(envelope({ type: 'pingyue/shortcut', slot: 'x' }), fromPanel, self)).toBeNull();
    expect(readerMessageOf(envelope({ type: 'pingyue/refresh', extra: true }), fromPanel, self)).toBeNull();
  });
});
