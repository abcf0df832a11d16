// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelectionToolbar, type ToolbarHandlers } from '@/lib/page/selection-toolbar';
import { PAGE_TEXT } from '@/lib/i18n/page-text';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { frameMessage, type CommentFrameEvent } from '@/lib/page/comment-frame-protocol';
import type { Annotation } from '@/lib/schema';

// Chrome serves the page under a per-session id, and the document then has the extension's own origin.
const PAGE_URL = 'chrome-extension://per-session-id/comment.html';
const ORIGIN = 'chrome-extension://extension-id';
const tags = DEFAULT_TAG_SET.tags;

function annotation(id: string): Annotation {
  return { id, tagId: 'problem' } as Annotation;
}

let root: ShadowRoot;
let host: HTMLElement;
let range: Range;

beforeEach(() => {
  document.body.innerHTML = '<p id="p">部分社区党组织书记抓党建的意识不够强。</p>';
  host = document.createElement('pingyue-ui');
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'closed' });
  range = document.createRange();
  range.selectNodeContents(document.getElementById('p')!.firstChild!);
});
afterEach(() => host.remove());

function toolbar(overrides: Partial<ToolbarHandlers> = {}) {
  const handlers: ToolbarHandlers = {
    onTag: vi.fn(async () => annotation('a-1')),
    onCommentSaved: vi.fn(),
    commentPage: () => ({ url: PAGE_URL, origin: ORIGIN }),
    ...overrides,
  };
  const bar = new SelectionToolbar(root, PAGE_TEXT.zh, handlers);
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
  const frame = () => $('iframe') as HTMLIFrameElement | null;
  // happy-dom loads no frame pages: the frame's window is a stand-in, as the page sees it (an opaque object).
  const frameWindow = { focus: vi.fn() };
  const withWindow = () => {
    const element = frame();
    if (element && !element.contentWindow) Object.defineProperty(element, 'contentWindow', { value: frameWindow });
    return element;
  };
  /** A message as it reaches the page's window: from `source`, at `origin`. */
  const post = (event: CommentFrameEvent, { source = frame()?.contentWindow as unknown, origin = ORIGIN } = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data: frameMessage(event), origin, source: source as Window }));
  const tagWith = async (tagId: string) => {
    $(`button[data-tag-id="${tagId}"]`)!.click();
    await vi.waitFor(() => expect(withWindow()).not.toBeNull());
  };
  return { bar, handlers, $, frame, withWindow, post, tagWith };
}

describe('SelectionToolbar: tags', () => {
  it('offers one button per tag, with its guideline and shortcut on hover and a readable text colour', () => {
    const { bar, $ } = toolbar();
    bar.show(tags, range);
    expect($('.bar')!.getAttribute('role')).toBe('toolbar');
    expect($('.bar')!.getAttribute('aria-label')).toBe('评阅：标记所选文字');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.tag')];
    expect(buttons.map((b) => b.textContent)).toEqual(['成绩', '问题', '措施', '原因', '疑问']);
    expect(buttons[1]!.title).toBe(`${tags[1]!.guideline}\nAlt+Shift+2`);
    // White on 成绩 green is 3.3:1 and on 疑问 ochre 2.9:1: those get black text.
    expect(buttons.map((b) => b.style.color)).toEqual(['#000000', '#ffffff', '#ffffff', '#ffffff', '#000000']);
    expect(bar.isOpen).toBe(true);
  });

  it('tags in one click, then becomes a comment box for the new annotation', async () => {
    const { bar, handlers, $, frame, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    expect(handlers.onTag).toHaveBeenCalledWith('problem');
    expect(frame()!.getAttribute('src')).toBe(`${PAGE_URL}#a-1`);
    expect(frame()!.title).toBe('批注输入框');
    expect($('.bar')!.getAttribute('role')).toBe('dialog');
    expect($('.head')!.textContent).toBe('已标记为问题');
    expect(bar.isEditing).toBe(true);
    expect(bar.isOpen).toBe(false);
  });

  it('stays a tag bar with a message when tagging fails', async () => {
    const { bar, $, frame } = toolbar({ onTag: async () => Promise.reject(new Error('no background')) });
    bar.show(tags, range);
    $('button[data-tag-id="problem"]')!.click();
    await vi.waitFor(() => expect($('.status')!.textContent).toBe('保存失败'));
    expect(frame()).toBeNull();
  });

  it('opens no comment box when nothing was made (a double click)', async () => {
    const { bar, $, frame } = toolbar({ onTag: async () => null });
    bar.show(tags, range);
    $('button[data-tag-id="problem"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(frame()).toBeNull();
  });
});

describe('SelectionToolbar: the comment box', () => {
  it('closes on a close message from its own frame, and reports a saved comment', async () => {
    const { bar, handlers, $, post, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    post({ type: 'close', saved: true });
    expect(handlers.onCommentSaved).toHaveBeenCalledWith('a-1');
    expect($('.bar')!.hidden).toBe(true);
    expect(bar.isEditing).toBe(false);
  });

  it('gives the focus back to the page when it closes with the focus inside (Esc or Enter in its field)', async () => {
    const { bar, post, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    const focusWindow = vi.spyOn(window, 'focus');
    // The focus is in the box's frame: the document sees its UI host as the active element.
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    post({ type: 'close', saved: false });
    active.mockRestore();
    expect(focusWindow).toHaveBeenCalledTimes(1);

    // Closed while the reviewer is elsewhere (a new selection's mousedown took the focus): left alone.
    bar.show(tags, range);
    await tagWith('problem');
    post({ type: 'close', saved: false });
    expect(focusWindow).toHaveBeenCalledTimes(1);
    focusWindow.mockRestore();
  });

  it("ignores messages the page forges from its own window or from another origin", async () => {
    const { bar, handlers, $, post, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    post({ type: 'close', saved: true }, { source: window });
    post({ type: 'close', saved: true }, { origin: 'https://evil.example' });
    expect(handlers.onCommentSaved).not.toHaveBeenCalled();
    expect($('.bar')!.hidden).toBe(false);
  });

  it('keeps a box with unsaved text on a click elsewhere or a new selection, and closes an empty one', async () => {
    const { bar, $, post, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    post({ type: 'dirty', dirty: true });
    bar.hide();
    bar.show(tags, range);
    expect(bar.isEditing).toBe(true);
    expect($('.bar')!.classList.contains('pulse')).toBe(true);

    post({ type: 'dirty', dirty: false });
    bar.hide();
    expect(bar.isEditing).toBe(false);
    expect($('.bar')!.hidden).toBe(true);
  });

  it('sizes the frame to its content, within the view', async () => {
    const { bar, frame, post, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    post({ type: 'size', height: 180 });
    expect(frame()!.style.height).toBe('180px');
    post({ type: 'size', height: 3000 });
    expect(parseFloat(frame()!.style.height)).toBeLessThan(window.innerHeight);
  });

  it('shows the frame only once it is ready, and explains when it never comes', async () => {
    vi.useFakeTimers();
    try {
      const { bar, $, frame, withWindow, post } = toolbar();
      bar.show(tags, range);
      $('button[data-tag-id="problem"]')!.click();
      await vi.waitFor(() => expect(frame()).not.toBeNull());
      expect(frame()!.classList.contains('pending')).toBe(true);
      vi.advanceTimersByTime(6000);
      expect($('.status')!.textContent).toBe(PAGE_TEXT.zh.frameBlocked);
      // The tag was saved all the same; the reviewer closes the box.
      $('button.close')!.click();
      expect(bar.isEditing).toBe(false);

      bar.show(tags, range);
      $('button[data-tag-id="measure"]')!.click();
      await vi.waitFor(() => expect(withWindow()).not.toBeNull());
      post({ type: 'ready' });
      expect(frame()!.classList.contains('pending')).toBe(false);
      vi.advanceTimersByTime(6000);
      expect($('.status')!.textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands the focus to the ready box when the tag was chosen by keyboard, never once the reviewer moved on', async () => {
    const { bar, $, withWindow, post } = toolbar();
    bar.show(tags, range);
    const button = $('button[data-tag-id="problem"]')!;
    button.focus();
    expect(document.activeElement).toBe(host);
    button.click();
    await vi.waitFor(() => expect(withWindow()).not.toBeNull());
    post({ type: 'ready' });
    expect(withWindow()!.contentWindow!.focus).toHaveBeenCalledTimes(1);

    // Tagged again, then the reviewer clicks into a field of the page before the box is ready.
    bar.show(tags, range);
    $('button[data-tag-id="measure"]')!.focus();
    $('button[data-tag-id="measure"]')!.click();
    await vi.waitFor(() => expect(withWindow()).not.toBeNull());
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    post({ type: 'ready' });
    expect(withWindow()!.contentWindow!.focus).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(field);
  });

  it('closes when its frame loads a second document (anything navigating it away)', async () => {
    const { bar, frame, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    frame()!.dispatchEvent(new Event('load'));
    expect(bar.isEditing).toBe(true);
    frame()!.dispatchEvent(new Event('load'));
    expect(bar.isEditing).toBe(false);
  });

  it('ignores a fake Esc dispatched by the page', async () => {
    const { bar, tagWith } = toolbar();
    bar.show(tags, range);
    await tagWith('problem');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(bar.isEditing).toBe(true);
  });
});
