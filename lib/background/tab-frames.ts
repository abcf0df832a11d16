import type { FrameDocument } from '@/lib/schema';
import type { FrameSeen } from './handle-content-message';
import { oneAtATime } from '@/lib/shared/one-at-a-time';

/** The slice of `browser.storage.session` the registry needs (a test seam). */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The session-storage key of a tab's frames (the panel watches it to follow changes). */
export const tabFramesKey = (tabId: number) => `frames:${tabId}`;

/**
 * Which report each frame of each tab shows. Kept in session storage because the MV3 service worker
 * may be stopped at any moment. Changes run one at a time: frames announce themselves concurrently,
 * and two read-modify-writes must not drop each other's entry.
 */
export class TabFrames {
  private readonly serially = oneAtATime();

  constructor(private readonly store: SessionStore) {}

  record({ tabId, frameId, senderDocumentId, page, documentId, awaitingConsent }: FrameSeen): Promise<void> {
    return this.change(tabId, (frames) => {
      const others = frames.filter((f) => f.frameId !== frameId);
      const entry = {
        frameId,
        ...(senderDocumentId ? { senderDocumentId } : {}),
        documentId,
        ...(awaitingConsent ? { awaitingConsent } : {}),
        url: page.url,
        title: page.title,
        textLength: page.textLength,
        page,
      };
      return [...others, entry].sort((a, b) => a.frameId - b.frameId);
    });
  }

  async list(tabId: number): Promise<FrameDocument[]> {
    const value = (await this.store.get(tabFramesKey(tabId)))[tabFramesKey(tabId)];
    return Array.isArray(value) ? (value as FrameDocument[]) : [];
  }

  forget(tabId: number): Promise<void> {
    return this.serially(() => this.store.remove(tabFramesKey(tabId)));
  }

  /**
   * Called as a tab loads. A tab also "loads" when one of its frames does, or on a hash link or an
   * SPA route change, so an entry is dropped only when its page is gone, which `isAlive` asks the page
   * itself once the load is `complete`. Entries recorded without a page id (Firefox) cannot be asked:
   * they go when the top of the tab starts `loading`, as Firefox reports only top-level loads.
   */
  async prune(tabId: number, isAlive: (senderDocumentId: string, frame: FrameDocument) => Promise<boolean>, status: 'loading' | 'complete'): Promise<void> {
    const isGone = async (f: FrameDocument) => (f.senderDocumentId ? status === 'complete' && !(await isAlive(f.senderDocumentId, f)) : status === 'loading');
    const frames = await this.list(tabId);
    const gone = (await Promise.all(frames.map(isGone))).flatMap((g, i) => (g ? [frames[i]!] : []));
    if (gone.length === 0) return;
    // Read again inside the queue: a frame may have announced itself while the pages were asked.
    await this.change(tabId, (current) => current.filter((f) => !gone.some((g) => g.frameId === f.frameId && g.senderDocumentId === f.senderDocumentId)));
  }

  private change(tabId: number, edit: (frames: FrameDocument[]) => FrameDocument[]): Promise<void> {
    return this.serially(async () => {
      const frames = edit(await this.list(tabId));
      await (frames.length > 0 ? this.store.set({ [tabFramesKey(tabId)]: frames }) : this.store.remove(tabFramesKey(tabId)));
    });
  }
}
