import type { FrameDocument } from '@/lib/schema';
import type { FrameSeen } from './handle-content-message';

/** The slice of `browser.storage.session` the registry needs (a test seam). */
export interface SessionStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `frames:${tabId}`;

/**
 * Which report each frame of each tab shows. Kept in session storage because the MV3 service worker
 * may be stopped at any moment; cleared when the tab navigates or closes.
 */
export class TabFrames {
  constructor(private readonly store: SessionStore) {}

  async record({ tabId, frameId, page, documentId }: FrameSeen): Promise<void> {
    const frames = (await this.list(tabId)).filter((f) => f.frameId !== frameId);
    frames.push({ frameId, documentId, url: page.url, title: page.title, textLength: page.textLength, page });
    frames.sort((a, b) => a.frameId - b.frameId);
    await this.store.set({ [keyOf(tabId)]: frames });
  }

  async list(tabId: number): Promise<FrameDocument[]> {
    const value = (await this.store.get(keyOf(tabId)))[keyOf(tabId)];
    return Array.isArray(value) ? (value as FrameDocument[]) : [];
  }

  forget(tabId: number): Promise<void> {
    return this.store.remove(keyOf(tabId));
  }
}
