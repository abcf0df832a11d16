import { describe, expect, it } from 'vitest';
import { TabFrames, type SessionStore } from '@/lib/background/tab-frames';
import type { PageIdentity } from '@/lib/schema';

function memoryStore(): SessionStore {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key) => void data.delete(key),
  };
}
const page = (url: string, textLength: number): PageIdentity => ({ url, title: url, fingerprint: '0'.repeat(64), sketch: [], textLength });

describe('TabFrames', () => {
  it('keeps one entry per frame, the latest, sorted by frame id, per tab', async () => {
    const frames = new TabFrames(memoryStore());
    await frames.record({ tabId: 1, frameId: 7, page: page('https://a/frame', 100), documentId: null });
    await frames.record({ tabId: 1, frameId: 0, page: page('https://a/', 10), documentId: null });
    await frames.record({ tabId: 1, frameId: 7, page: page('https://a/frame', 120), documentId: 'doc-1' });
    await frames.record({ tabId: 2, frameId: 0, page: page('https://b/', 5), documentId: null });
    expect((await frames.list(1)).map((f) => [f.frameId, f.documentId, f.textLength])).toEqual([[0, null, 10], [7, 'doc-1', 120]]);
    await frames.forget(1);
    expect(await frames.list(1)).toEqual([]);
    expect(await frames.list(2)).toHaveLength(1);
  });
});
