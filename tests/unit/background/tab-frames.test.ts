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
const page = (url: string, textLength: number): PageIdentity => ({ url, title: url, fingerprint: '0'.repeat(64), sketch: [], textLength, scheme: 2, winnow: [], complete: true, pdfFingerprints: [], pages: null });

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

describe('TabFrames.prune (a tab loads)', () => {
  const seen = (frameId: number, senderDocumentId?: string) => ({
    tabId: 1,
    frameId,
    ...(senderDocumentId ? { senderDocumentId } : {}),
    page: page(`https://oa/${frameId}`, 100),
    documentId: null,
  });

  it('keeps the report when only a late frame loaded, and drops the pages that are gone', async () => {
    const frames = new TabFrames(memoryStore());
    await frames.record(seen(0, 'top-doc'));
    await frames.record(seen(5, 'old-viewer'));
    const alive = new Set(['top-doc']);
    await frames.prune(1, async (id) => alive.has(id), 'loading'); // not asked yet: the old page may still be up
    expect(await frames.list(1)).toHaveLength(2);
    await frames.prune(1, async (id) => alive.has(id), 'complete');
    expect((await frames.list(1)).map((f) => f.senderDocumentId)).toEqual(['top-doc']);
  });

  it('without page ids (Firefox), forgets the tab when its top loads and keeps it otherwise', async () => {
    const frames = new TabFrames(memoryStore());
    await frames.record(seen(0));
    await frames.prune(1, async () => true, 'complete');
    expect(await frames.list(1)).toHaveLength(1);
    await frames.prune(1, async () => true, 'loading');
    expect(await frames.list(1)).toEqual([]);
  });

  it('keeps a frame that announced itself while the pages were being asked', async () => {
    const frames = new TabFrames(memoryStore());
    await frames.record(seen(0, 'old-top'));
    let announce: Promise<void> = Promise.resolve();
    await frames.prune(
      1,
      async () => {
        announce = frames.record(seen(0, 'new-top'));
        return false;
      },
      'complete',
    );
    await announce;
    expect((await frames.list(1)).map((f) => f.senderDocumentId)).toEqual(['new-top']);
  });

  it('does not lose frames that announce at the same moment', async () => {
    const frames = new TabFrames(memoryStore());
    await Promise.all([0, 3, 7, 9].map((id) => frames.record(seen(id, `doc-${id}`))));
    expect((await frames.list(1)).map((f) => f.frameId)).toEqual([0, 3, 7, 9]);
  });
});
