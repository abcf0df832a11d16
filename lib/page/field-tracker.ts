import { isInsideUi } from './ui-host';
import { isFieldVisible } from './field-visibility';

/** A form field 填入表单 can write into. */
export type EditableField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Input types that hold free text; checkboxes, dates, files and passwords are never filled. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

/** A Tab press moves the focus within this time; a focus later than that is someone else's doing. */
const TAB_FOCUS_WINDOW_MS = 1000;

/** The field `target` belongs to, if it is one a reviewer types an assessment into. */
export function editableFieldOf(target: EventTarget | null): EditableField | null {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1 || isInsideUi(el)) return null;
  const tag = el.localName;
  if (tag === 'textarea') return el;
  if (tag === 'input') return TEXT_INPUT_TYPES.has((el as HTMLInputElement).type) ? el : null;
  if (tag === 'label') return editableFieldOf((el as HTMLLabelElement).control);
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

/** The field the reviewer chose, as 填入表单 names it before writing. */
export interface FillCandidate {
  field: EditableField;
  /** What the field is called on the page (its label, aria-label, placeholder…), for the confirmation. */
  label: string;
  /** When the reviewer chose it, in ms since the epoch (comparable across frames). */
  chosenAt: number;
}

export interface FieldTrackerOptions {
  /** `event.isTrusted` unless a test stands in for the browser. */
  isTrusted?: (event: Event) => boolean;
  /** `isFieldVisible` unless a test without layout stands in for it. */
  isVisible?: (field: EditableField) => boolean;
  now?: () => number;
}

/**
 * Remembers the editable field the reviewer last chose in this frame, so 填入表单 in the panel (which
 * takes the focus away from the page) knows where to write. Only the reviewer's own hand counts: a
 * trusted pointer press on the field (or its label), a trusted Tab that moves the focus onto it, or
 * trusted typing in it. A page script's `.focus()` (a widget focusing its own field at load) changes
 * nothing, nor do forged events. Pingyue's own toolbar and password fields are never remembered.
 */
export class FieldTracker {
  private chosen: { field: EditableField; chosenAt: number } | null = null;
  private tabPressedAt = -Infinity;
  private readonly isTrusted: (event: Event) => boolean;
  private readonly isVisible: (field: EditableField) => boolean;
  private readonly now: () => number;

  constructor(doc: Document, options: FieldTrackerOptions = {}) {
    this.isTrusted = options.isTrusted ?? ((event) => event.isTrusted);
    this.isVisible = options.isVisible ?? isFieldVisible;
    this.now = options.now ?? Date.now;
    doc.addEventListener('pointerdown', this.onPointerDown, true);
    doc.addEventListener('keydown', this.onKeyDown, true);
    doc.addEventListener('focusin', this.onFocus, true);
  }

  private choose(field: EditableField | null): void {
    if (field) this.chosen = { field, chosenAt: this.now() };
  }

  private readonly onPointerDown = (event: Event) => {
    // composedPath()[0]: the real field when it sits in a page component's open shadow root.
    if (this.isTrusted(event)) this.choose(editableFieldOf(event.composedPath()[0] ?? event.target));
  };

  private readonly onKeyDown = (event: Event) => {
    if (!this.isTrusted(event)) return;
    if ((event as KeyboardEvent).key === 'Tab') this.tabPressedAt = this.now();
    else this.choose(editableFieldOf(event.composedPath()[0] ?? event.target));
  };

  private readonly onFocus = (event: Event) => {
    // Focus events are trusted even when a script called `.focus()`: only a Tab just pressed makes it the reviewer's.
    if (this.now() - this.tabPressedAt > TAB_FOCUS_WINDOW_MS) return;
    this.tabPressedAt = -Infinity;
    this.choose(editableFieldOf(event.composedPath()[0] ?? event.target));
  };

  /** The reviewer's field, if it can still be filled and is visible now. */
  current(): FillCandidate | null {
    const chosen = this.chosen;
    if (!chosen || !usable(chosen.field) || !this.isVisible(chosen.field)) return null;
    return { ...chosen, label: fieldLabel(chosen.field) };
  }

  dispose(doc: Document): void {
    doc.removeEventListener('pointerdown', this.onPointerDown, true);
    doc.removeEventListener('keydown', this.onKeyDown, true);
    doc.removeEventListener('focusin', this.onFocus, true);
    this.chosen = null;
  }
}

const MAX_LABEL_LENGTH = 40;

/**
 * What a person would call the field: its `<label>`, `aria-labelledby`/`aria-label`, the placeholder,
 * the title, else the name. Page text, shown in the panel as text only.
 */
export function fieldLabel(field: EditableField): string {
  const doc = field.ownerDocument;
  const byIds = (ids: string | null) =>
    (ids ?? '').split(/\s+/).map((id) => (id ? doc.getElementById(id)?.textContent ?? '' : '')).join(' ');
  const control = field as Partial<HTMLInputElement>;
  const candidates = [
    [...(control.labels ?? [])].map((label) => label.textContent ?? '').join(' '),
    byIds(field.getAttribute('aria-labelledby')),
    field.getAttribute('aria-label'),
    control.placeholder,
    field.title,
    field.getAttribute('name'),
  ];
  const label = candidates.map((text) => (text ?? '').replace(/\s+/g, ' ').trim()).find((text) => text !== '') ?? '';
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}…` : label;
}
