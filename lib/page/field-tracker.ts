import { isInsideUi } from './ui-host';

/** A form field 填入表单 can write into. */
export type EditableField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Input types that hold free text; checkboxes, dates, files and passwords are never filled. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

/** The field `target` belongs to, if it is one a reviewer types an assessment into. */
export function editableFieldOf(target: EventTarget | null): EditableField | null {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1 || isInsideUi(el)) return null;
  const tag = el.localName;
  if (tag === 'textarea') return el;
  if (tag === 'input') return TEXT_INPUT_TYPES.has((el as HTMLInputElement).type) ? el : null;
  if (!el.isContentEditable) return null;
  // The editing host, not the paragraph inside it that took the click.
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** Whether a remembered field can still take text: on the page, enabled, writable. */
function usable(field: EditableField): boolean {
  if (!field.isConnected) return false;
  if (field.localName !== 'textarea' && field.localName !== 'input') return field.isContentEditable;
  const control = field as HTMLTextAreaElement | HTMLInputElement;
  return !control.disabled && !control.readOnly;
}

/**
 * Remembers the editable field the reviewer last focused in this frame, so 填入表单 in the panel
 * (which takes the focus away from the page) knows where to write. Pingyue's own toolbar and
 * password fields are never remembered.
 */
export class FieldTracker {
  private field: EditableField | null = null;

  constructor(doc: Document) {
    doc.addEventListener('focusin', this.onFocus, true);
  }

  private readonly onFocus = (event: Event) => {
    // composedPath()[0]: the real field when it sits in a page component's open shadow root.
    const field = editableFieldOf(event.composedPath()[0] ?? event.target);
    if (field) this.field = field;
  };

  /** The last focused field, if it can still be filled. */
  current(): EditableField | null {
    return this.field && usable(this.field) ? this.field : null;
  }

  dispose(doc: Document): void {
    doc.removeEventListener('focusin', this.onFocus, true);
    this.field = null;
  }
}
