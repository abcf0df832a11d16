// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FieldTracker } from '@/lib/page/field-tracker';
import { fillField } from '@/lib/page/fill-field';
import { UI_HOST_ATTRIBUTE } from '@/lib/anchoring/text-map';

/**
 * What React does to a controlled textarea: an instance-level `value` property remembers the last
 * value React saw; an `input` event whose value equals it is ignored. Assigning `el.value = …` updates
 * that memory, so only the native setter makes React see the change.
 */
function reactLikeTextarea(doc: Document): { el: HTMLTextAreaElement; state: () => string } {
  const el = doc.createElement('textarea');
  const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let tracked = '';
  let state = '';
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => native.get!.call(el),
    set: (v: string) => {
      tracked = v;
      native.set!.call(el, v);
    },
  });
  el.addEventListener('input', () => {
    const now = native.get!.call(el) as string;
    if (now !== tracked) (tracked = now), (state = now);
  });
  doc.body.append(el);
  return { el, state: () => state };
}

describe('FieldTracker', () => {
  let tracker: FieldTracker | null = null;
  afterEach(() => {
    tracker?.dispose(document);
    document.body.innerHTML = '';
  });

  /** Events the test marks as the reviewer's own (the browser's `isTrusted`); everything else is a script's. */
  const real = new WeakSet<Event>();
  const hidden = new Set<string>();
  let clock = 1_000;
  const track = () =>
    (tracker = new FieldTracker(document, { isTrusted: (e) => real.has(e), isVisible: (field) => !hidden.has(field.id), now: () => clock }));
  const fire = (id: string, event: Event, trusted: boolean) => {
    if (trusted) real.add(event);
    document.getElementById(id)!.dispatchEvent(event);
  };
  const press = (id: string, trusted = true) => fire(id, new PointerEvent('pointerdown', { bubbles: true, composed: true }), trusted);
  const key = (id: string, k: string, trusted = true) => fire(id, new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }), trusted);
  const focus = (id: string) => fire(id, new FocusEvent('focusin', { bubbles: true, composed: true }), true);
  const chosen = () => tracker!.current()?.field.id;

  it('remembers the field the reviewer pressed: textarea, text input, contenteditable host; not passwords or Pingyue UI', () => {
    document.body.innerHTML = `
      <textarea id="t"></textarea><input id="i" type="text"><input id="p" type="password"><input id="c" type="checkbox">
      <div id="ce" contenteditable="true"><p id="inner">x</p></div>
      <div ${UI_HOST_ATTRIBUTE}><textarea id="ours"></textarea></div>`;
    track();
    expect(tracker!.current()).toBeNull();
    press('t');
    expect(chosen()).toBe('t');
    press('p');
    press('c');
    press('ours');
    expect(chosen()).toBe('t');
    press('inner');
    expect(chosen()).toBe('ce');
    press('i');
    expect(chosen()).toBe('i');
    (document.getElementById('i') as HTMLInputElement).disabled = true;
    expect(tracker!.current()).toBeNull();
    press('t');
    document.getElementById('t')!.remove();
    expect(tracker!.current()).toBeNull();
  });

  it('ignores focus a script gives, forged presses and keys; a Tab just pressed or typing in the field counts', () => {
    document.body.innerHTML = '<label id="l" for="a">存在问题</label><textarea id="a"></textarea><textarea id="widget" aria-label="留言"></textarea>';
    track();
    focus('widget'); // a widget's .focus() at load: focus events are trusted, but no hand moved it
    press('widget', false);
    key('widget', 'x', false);
    expect(tracker!.current()).toBeNull();

    press('l'); // a click on the label focuses its field
    expect(chosen()).toBe('a');
    focus('widget');
    expect(chosen()).toBe('a');

    key('a', 'Tab');
    clock += 50;
    focus('widget');
    expect(chosen()).toBe('widget');

    key('widget', 'Tab');
    clock += 5_000; // long after the Tab: a script's focus
    focus('a');
    expect(chosen()).toBe('widget');
    key('a', '问');
    expect(chosen()).toBe('a');
  });

  it('offers nothing while the chosen field is hidden, and names it by its label', () => {
    document.body.innerHTML = '<label for="a">存在 问题</label><textarea id="a"></textarea><input id="b" placeholder="评议人">';
    track();
    press('a');
    expect(tracker!.current()).toMatchObject({ label: '存在 问题', chosenAt: clock });
    hidden.add('a');
    expect(tracker!.current()).toBeNull();
    hidden.delete('a');
    clock += 10;
    press('b');
    expect(tracker!.current()).toMatchObject({ label: '评议人', chosenAt: clock });
  });
});

describe('fillField', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('fills a React-controlled textarea so its state follows, with input and change events', () => {
    const { el, state } = reactLikeTextarea(document);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    expect(fillField(el, '1. 问题一\n2. 问题二')).toBe(true);
    expect(el.value).toBe('1. 问题一\n2. 问题二');
    expect(state()).toBe('1. 问题一\n2. 问题二');
    expect(events).toEqual(['input', 'change']);
  });

  it('inserts at the caret, and into a one-line input without line breaks', () => {
    const area = document.createElement('textarea');
    area.value = '开头结尾';
    document.body.append(area);
    area.setSelectionRange(2, 2);
    fillField(area, '【插入】');
    expect(area.value).toBe('开头【插入】结尾');
    const input = document.createElement('input');
    document.body.append(input);
    fillField(input, '1. 甲\n2. 乙');
    expect(input.value).toBe('1. 甲 2. 乙');
  });

  it('fills a contenteditable editor and announces it', () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    document.body.append(host);
    let inputs = 0;
    host.addEventListener('input', () => inputs++);
    expect(fillField(host, '第一行\n第二行')).toBe(true);
    expect(host.textContent).toBe('第一行第二行');
    expect(host.querySelectorAll('br')).toHaveLength(1);
    expect(inputs).toBe(1);
  });

  it('leaves the insertion to an editor that handles beforeinput itself', () => {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    document.body.append(host);
    host.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      host.textContent = `editor:${(e as InputEvent).data}`;
    });
    expect(fillField(host, '文字')).toBe(true);
    expect(host.textContent).toBe('editor:文字');
  });
});
