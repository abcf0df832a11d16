import { describe, expect, it } from 'vitest';
import { annotationIdFromHash, commentFrameUrl, frameMessage, originOf, readFrameMessage } from '@/lib/page/comment-frame-protocol';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const frameWindow = { name: 'the comment frame' };
const pageWindow = { name: 'the page' };

describe('readFrameMessage', () => {
  const close = frameMessage({ type: 'close', saved: true });

  it('accepts a well-formed message from the frame window at the extension origin', () => {
    expect(readFrameMessage({ source: frameWindow, origin: ORIGIN, data: close }, frameWindow, ORIGIN)).toEqual(close);
  });

  it.each([
    ["the page's own window", { source: pageWindow, origin: ORIGIN, data: close }],
    ['the frame navigated to a page of another origin', { source: frameWindow, origin: 'https://evil.example', data: close }],
    ['an unknown type', { source: frameWindow, origin: ORIGIN, data: { channel: 'pingyue-comment-frame', type: 'comment', text: '意见' } }],
    ['an extra field', { source: frameWindow, origin: ORIGIN, data: { ...close, comment: '意见' } }],
    ['another channel', { source: frameWindow, origin: ORIGIN, data: { ...close, channel: 'other' } }],
    ['an absurd height', { source: frameWindow, origin: ORIGIN, data: frameMessage({ type: 'size', height: 1e9 }) }],
    ['a non-number height', { source: frameWindow, origin: ORIGIN, data: { channel: 'pingyue-comment-frame', type: 'size', height: '100' } }],
    ['a string', { source: frameWindow, origin: ORIGIN, data: 'close' }],
  ])('ignores a message from %s', (_, event) => {
    expect(readFrameMessage(event, frameWindow, ORIGIN)).toBeNull();
  });

  it('ignores everything while there is no frame window', () => {
    expect(readFrameMessage({ source: null, origin: ORIGIN, data: close }, null, ORIGIN)).toBeNull();
  });
});

describe('the annotation id in the frame URL', () => {
  it('round-trips a UUID through the fragment', () => {
    const id = '6a1b76cb-1095-44b9-94f7-de2240b325f9';
    const url = commentFrameUrl(`${ORIGIN}/comment.html`, id);
    expect(url).toBe(`${ORIGIN}/comment.html#${id}`);
    expect(annotationIdFromHash(new URL(url).hash)).toBe(id);
  });

  it.each(['', '#', '#a/b', '#<img>', `#${'a'.repeat(129)}`, '#%E6%84%8F', '#%'])('refuses %j', (hash) => {
    expect(annotationIdFromHash(hash)).toBeNull();
  });
});

describe('originOf', () => {
  it.each([
    ['chrome-extension://abcdefghijklmnop/comment.html#x', 'chrome-extension://abcdefghijklmnop'],
    ['moz-extension://0b7f1c52-3f4e-4d8a-9a55-2b6c1e0d9f10/comment.html', 'moz-extension://0b7f1c52-3f4e-4d8a-9a55-2b6c1e0d9f10'],
  ])('%s → %s', (url, origin) => expect(originOf(url)).toBe(origin));
});
