import type { EditableField } from './field-tracker';

/**
 * Sets a text control's value through the prototype's native setter. React (and Vue's v-model, which
 * reads `input` events) keeps its own copy of the value: assigning `el.value` directly updates
 * React's tracker too, so the `input` event that follows looks like no change and is dropped.
 */
function setNativeValue(field: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const win = field.ownerDocument.defaultView!;
  const proto = field.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
}

/** Text into a textarea or input at the caret (replacing a selection), then the events forms listen to. */
function fillControl(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  // A one-line input would silently drop the line breaks and glue the items together.
  const insert = field.localName === 'input' ? text.replace(/\s*\n\s*/g, ' ') : text;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const value = field.value.slice(0, start) + insert + field.value.slice(end);
  field.focus();
  setNativeValue(field, value);
  field.setSelectionRange?.(start + insert.length, start + insert.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}

/** The caret inside `host`: the current selection if it is there, else the end of its content. */
function caretIn(host: HTMLElement): Range {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (current && host.contains(current.commonAncestorContainer)) return current;
  const range = doc.createRange();
  range.selectNodeContents(host);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/**
 * Text into a contenteditable editor. `execCommand('insertText')` first: it fires trusted
 * `beforeinput`/`input` events that rich editors (Quill, ProseMirror, Lexical) handle, and it goes on
 * the editor's undo stack. Where it is refused, a cancelable `beforeinput` lets the editor insert the
 * text itself; if nothing takes it, the text is inserted into the DOM and `input` announced.
 */
function fillEditable(host: HTMLElement, text: string): boolean {
  const doc = host.ownerDocument;
  host.focus();
  const range = caretIn(host);
  // Trusted when it returns true, even if the editor applies the change later: never insert twice.
  // (execCommand is deprecated and may be missing altogether.)
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return true;
  const init = { bubbles: true, cancelable: true, inputType: 'insertText', data: text };
  if (!host.dispatchEvent(new InputEvent('beforeinput', init))) return true;
  const lines = text.split('\n');
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    fragment.append(line);
  });
  range.deleteContents();
  range.insertNode(fragment);
  range.collapse(false);
  host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

/** Writes `text` into `field` as if the reviewer had typed it; whether the field now holds it. */
export function fillField(field: EditableField, text: string): boolean {
  return field.localName === 'textarea' || field.localName === 'input'
    ? fillControl(field as HTMLTextAreaElement | HTMLInputElement, text)
    : fillEditable(field, text);
}
