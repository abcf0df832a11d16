import { describe, expect, it, vi } from 'vitest';
import { isReaderEnvelope, isReaderUrl, readerMessageOf, reportFrames, type MessagingApi } from '@/lib/transport/report-frames';
import { isReaderPage } from '@/lib/background/handle-page-message';

const BASE = 'chrome-extension://abc/';
const READER = `${BASE}reader.html`;

function fakeApi(answers: { content?: unknown; reader?: unknown } = {}) {
  const api = {
    tabs: { sendMessage: vi.fn(async () => answers.content) },
    runtime: { sendMessage: vi.fn(async () => answers.reader), getURL: (path: string) => `${BASE}${path.replace(/^\//, '')}` },
  } satisfies MessagingApi;
  return api;
}

describe('reportFrames (the panel and background reach a tab)', () => {
  it('reaches a content-script frame by tabs.sendMessage alone', async () => {
    const api = fakeApi({ content: true });
    expect(await reportFrames(api)(7, { type: 'pingyue/scroll-to', annotationId: 'a' }, { frameId: 3, url: 'https://oa.example/view' })).toBe(true);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'pingyue/scroll-to', annotationId: 'a' }, { frameId: 3 });
    expect(api.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('reaches the reader by a runtime message addressed to its tab alone', async () => {
    const api = fakeApi({ reader: 'text' });
    expect(await reportFrames(api)(7, { type: 'pingyue/get-text' }, { frameId: 0, url: `${READER}?file=a.pdf` })).toBe('text');
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'pingyue/to-reader', tabId: 7, frameId: 0, message: { type: 'pingyue/get-text' } });
    expect(api.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('asks a page that may still be there by its document id', async () => {
    const api = fakeApi({ content: true });
    await reportFrames(api)(7, { type: 'pingyue/ping' }, { senderDocumentId: 'D1', url: 'https://oa.example/' });
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'pingyue/ping' }, { documentId: 'D1' });
  });

  it('tries both channels when the frame is unknown, and takes the answer that comes', async () => {
    const fromReader = fakeApi({ reader: { filled: false, frameHasField: false } });
    expect(await reportFrames(fromReader)(7, { type: 'pingyue/fill-field', text: 'x', chosenAt: 1 })).toEqual({ filled: false, frameHasField: false });
    const silent = fakeApi();
    silent.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    expect(await reportFrames(silent)(7, { type: 'pingyue/refresh' })).toBeUndefined();
  });
});

describe('the reader accepts only our own pages, for its own tab', () => {
  const self = { extensionId: 'abc', extensionBase: BASE, tabId: 7 };
  const envelope = { type: 'pingyue/to-reader', tabId: 7, message: { type: 'pingyue/refresh' } };
  it('takes an envelope from the panel or the background', () => {
    expect(readerMessageOf(envelope, { id: 'abc', url: `${BASE}sidepanel.html` }, self)).toEqual({ type: 'pingyue/refresh' });
    expect(readerMessageOf(envelope, { id: 'abc', url: `${BASE}background.js` }, self)).toEqual({ type: 'pingyue/refresh' });
  });
  it.each([
    ['a content script (a web page sent it)', envelope, { id: 'abc', url: 'https://evil.example/' }],
    ['another extension', envelope, { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['another tab', { ...envelope, tabId: 8 }, { id: 'abc', url: `${BASE}sidepanel.html` }],
    ['a sub-frame', { ...envelope, frameId: 2 }, { id: 'abc', url: `${BASE}sidepanel.html` }],
    ['a message for the background', { type: 'tab/frames', tabId: 7 }, { id: 'abc', url: `${BASE}sidepanel.html` }],
  ])('refuses %s', (_, raw, sender) => expect(readerMessageOf(raw, sender, self)).toBeNull());
  it('the background leaves envelopes to the reader', () => {
    expect(isReaderEnvelope(envelope)).toBe(true);
    expect(isReaderEnvelope({ type: 'page/opened' })).toBe(false);
  });
});

describe('isReaderPage (the background checks the sender)', () => {
  const tab = { id: 7 };
  it('is our reader.html at the top of a tab, whatever its query', () => {
    expect(isReaderPage({ id: 'abc', url: `${READER}?file=a.pdf`, tab, frameId: 0 }, 'abc', READER)).toBe(true);
  });
  it.each([
    ['the side panel', { id: 'abc', url: `${BASE}sidepanel.html?tabId=7`, tab, frameId: 0 }],
    ['a reader not in a tab', { id: 'abc', url: READER, frameId: 0 }],
    ['a reader in a sub-frame', { id: 'abc', url: READER, tab, frameId: 4 }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/reader.html', tab, frameId: 0 }],
    ['a web page named like it', { id: 'abc', url: 'https://evil.example/reader.html', tab, frameId: 0 }],
  ])('is not %s', (_, sender) => expect(isReaderPage(sender, 'abc', READER)).toBe(false));
  it('isReaderUrl ignores the query and fragment only', () => {
    expect(isReaderUrl(`${READER}#x`, READER)).toBe(true);
    expect(isReaderUrl(`${BASE}reader.html.evil`, READER)).toBe(false);
    expect(isReaderUrl('not a url', READER)).toBe(false);
  });
});
