// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { CommentBox, type SaveResult } from '@/components/comment/CommentBox';
import { COMMENT_TEXT } from '@/lib/i18n/comment-text';
import type { CommentFrameEvent } from '@/lib/page/comment-frame-protocol';
import { mountPerTest, settle } from '../react-root';

const view = mountPerTest();
const ID = '6a1b76cb-1095-44b9-94f7-de2240b325f9';

async function mount({ annotationId = ID as string | null, result = { ok: true } as SaveResult, locale = 'zh' as 'zh' | 'en' } = {}) {
  const saves: [string, string][] = [];
  const events: CommentFrameEvent[] = [];
  const save = vi.fn(async (id: string, comment: string) => (saves.push([id, comment]), result));
  const notify = (event: CommentFrameEvent) => void events.push(event);
  await act(async () => view.root.render(<CommentBox annotationId={annotationId} text={COMMENT_TEXT[locale]} save={save} notify={notify} />));
  const field = view.container.querySelector('textarea')!;
  const type = async (value: string) => {
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  /** One key event (a key going down or up), and what the box did with it. */
  const keyEvent = async (type: 'keydown' | 'keyup', init: KeyboardEventInit & { keyCode?: number }, target: Element = field) => {
    const event = new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init });
    if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
    await act(async () => void target.dispatchEvent(event));
    await settle();
    return event;
  };
  const key = async (init: KeyboardEventInit & { keyCode?: number }, target: Element = field) => {
    const event = await keyEvent('keydown', init, target);
    // A real key press: the release follows (Esc and a saving Enter close the box on it).
    await keyEvent('keyup', init, target);
    return event;
  };
  const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const closes = () => events.filter((e) => e.type === 'close');
  return { field, saves, events, closes, type, key, keyEvent, button };
}

describe('CommentBox', () => {
  it('takes focus, says it is ready, and shows the keys under the field', async () => {
    const box = await mount();
    expect(document.activeElement).toBe(box.field);
    expect(box.events[0]).toEqual({ type: 'ready' });
    expect(box.field.getAttribute('aria-label')).toBe('批注');
    expect(document.getElementById(box.field.getAttribute('aria-describedby')!)!.textContent).toBe('Enter 保存 · Shift+Enter 换行 · Esc 跳过');
    expect(box.button('跳过')).toBeDefined();
    expect(box.button('完成').type).toBe('submit');
  });

  it('leaves the focus where the reviewer moved it until the page hands the frame the focus', async () => {
    // The reviewer clicked into another frame while this one loaded: its document has no focus.
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    try {
      const box = await mount();
      expect(document.activeElement).not.toBe(box.field);
      expect(box.events[0]).toEqual({ type: 'ready' });
      await act(async () => void window.dispatchEvent(new Event('focus')));
      expect(document.activeElement).toBe(box.field);
    } finally {
      hasFocus.mockRestore();
    }
  });

  it('saves with Enter, trimmed, then closes', async () => {
    const box = await mount();
    await box.type('  没有点名是哪些社区\n请补充  ');
    const enter = await box.key({ key: 'Enter' });
    expect(enter.defaultPrevented).toBe(true);
    expect(box.saves).toEqual([[ID, '没有点名是哪些社区\n请补充']]);
    expect(box.closes()).toEqual([{ type: 'close', saved: true }]);
  });

  it('saves on the Enter key going down but closes only on its release, so the page never gets that keyup', async () => {
    const box = await mount();
    await box.type('请补充数据');
    await box.keyEvent('keydown', { key: 'Enter' });
    expect(box.saves).toEqual([[ID, '请补充数据']]);
    expect(box.closes()).toEqual([]);
    await box.keyEvent('keyup', { key: 'Enter' });
    expect(box.closes()).toEqual([{ type: 'close', saved: true }]);
  });

  it('closes the saved box when the focus leaves it before Enter is released', async () => {
    const box = await mount();
    await box.type('请补充数据');
    await box.keyEvent('keydown', { key: 'Enter' });
    expect(box.closes()).toEqual([]);
    await act(async () => void window.dispatchEvent(new Event('blur')));
    expect(box.closes()).toEqual([{ type: 'close', saved: true }]);
  });

  it('adds a line with Shift+Enter instead of saving', async () => {
    const box = await mount();
    await box.type('第一行');
    const shiftEnter = await box.key({ key: 'Enter', shiftKey: true });
    expect(shiftEnter.defaultPrevented).toBe(false);
    expect(box.saves).toEqual([]);
    expect(box.closes()).toEqual([]);
  });

  it.each([
    ['isComposing', { key: 'Enter', isComposing: true }],
    ['keyCode 229 (Chrome while an IME is open)', { key: 'Enter', keyCode: 229 }],
  ])('never saves on the Enter that confirms an IME candidate (%s)', async (_, init) => {
    const box = await mount();
    await box.type('shu ji');
    await box.key(init);
    expect(box.saves).toEqual([]);
    expect(box.closes()).toEqual([]);
  });

  it('closes without saving on Esc, from the field or a button', async () => {
    const box = await mount();
    await box.type('写了一半');
    await box.key({ key: 'Escape' }, box.button('完成'));
    expect(box.saves).toEqual([]);
    expect(box.closes()).toEqual([{ type: 'close', saved: false }]);
  });

  it('跳过 closes without saving; 完成 on an empty field closes without writing', async () => {
    const skip = await mount();
    await skip.type('不要了');
    await act(async () => skip.button('跳过').click());
    expect(skip.saves).toEqual([]);
    expect(skip.closes()).toEqual([{ type: 'close', saved: false }]);

    view.remount();
    const empty = await mount();
    await act(async () => empty.button('完成').click());
    await settle();
    expect(empty.saves).toEqual([]);
    expect(empty.closes()).toEqual([{ type: 'close', saved: false }]);
  });

  it('tells the page only whether the field holds text, never the text', async () => {
    const box = await mount();
    await box.type('机密意见');
    await box.type('');
    expect(box.events.filter((e) => e.type === 'dirty')).toEqual([
      { type: 'dirty', dirty: false },
      { type: 'dirty', dirty: true },
      { type: 'dirty', dirty: false },
    ]);
    expect(JSON.stringify(box.events)).not.toContain('机密');
  });

  it('keeps the text and says why when saving fails', async () => {
    const box = await mount({ result: { ok: false, error: '存储空间已满' } });
    await box.type('重要意见');
    await box.key({ key: 'Enter' });
    expect(box.closes()).toEqual([]);
    expect(box.field.value).toBe('重要意见');
    expect(view.container.querySelector('[role="status"]')!.textContent).toBe('没有保存：存储空间已满');
  });

  it('refuses to save without an annotation id and says so', async () => {
    const box = await mount({ annotationId: null, locale: 'en' });
    expect(view.container.querySelector('[role="status"]')!.textContent).toContain('not found');
    await box.type('comment');
    await box.key({ key: 'Enter' });
    expect(box.saves).toEqual([]);
    expect(box.closes()).toEqual([]);
  });
});
