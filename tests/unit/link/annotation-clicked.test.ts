import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { openPingyueDB, type PingyueDB } from '@/lib/db';
import { handleContentMessage, type MessageSender } from '@/lib/background/handle-content-message';
import { onAnnotationClicked } from '@/lib/link/annotation-clicked';
import { CLICKED_ANNOTATION_KEY, ClickedAnnotation } from '@/lib/schema';

const sender: MessageSender = { id: 'pingyue-id', url: 'https://oa.example.cn/r/1', tab: { id: 5 }, frameId: 3 };
let db: PingyueDB;
beforeEach(() => {
  db = openPingyueDB(`clicked-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function apis() {
  const stored: Record<string, unknown> = {};
  return {
    stored,
    sidePanel: { open: vi.fn(async () => {}) },
    session: { set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored, items)) },
  };
}

describe('a highlight clicked on the page', () => {
  it('opens the side panel before anything is awaited (within the gesture), then records the click for the panel', async () => {
    const browser = apis();
    const handled = handleContentMessage({ type: 'page/annotation-clicked', annotationId: 'a1' }, sender, {
      db,
      extensionId: 'pingyue-id',
      now: () => 1,
      onFrameSeen: async () => {},
      onAnnotationClicked: (click) => onAnnotationClicked(browser, click, 1_000),
    });
    // Synchronously, in the same turn as the message: Chrome's gesture would be gone after an await.
    expect(browser.sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
    expect(await handled).toEqual({ ok: true, value: null });
    const record = ClickedAnnotation.parse(browser.stored[CLICKED_ANNOTATION_KEY]);
    expect(record).toEqual({ tabId: 5, frameId: 3, annotationId: 'a1', at: 1_000 });
  });

  it('still records the click where the panel cannot be opened (Firefox, or outside a gesture)', async () => {
    const browser = apis();
    browser.sidePanel.open.mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    await onAnnotationClicked(browser, { tabId: 5, frameId: 0, annotationId: 'a1' }, 7);
    expect(browser.sidePanel.open).toHaveBeenCalledWith({ tabId: 5 });
    await onAnnotationClicked({ session: browser.session }, { tabId: 5, frameId: 0, annotationId: 'a2' }, 8);
    expect(browser.stored[CLICKED_ANNOTATION_KEY]).toMatchObject({ annotationId: 'a2' });
  });

  it('is refused from anything but a content script of this extension, and malformed ids are refused', async () => {
    const onClicked = vi.fn(async () => {});
    const ctx = { db, extensionId: 'pingyue-id', now: () => 1, onFrameSeen: async () => {}, onAnnotationClicked: onClicked };
    expect((await handleContentMessage({ type: 'page/annotation-clicked', annotationId: 'a1' }, { ...sender, id: 'other' }, ctx)).ok).toBe(false);
    expect((await handleContentMessage({ type: 'page/annotation-clicked', annotationId: '' }, sender, ctx)).ok).toBe(false);
    expect(onClicked).not.toHaveBeenCalled();
  });
});
