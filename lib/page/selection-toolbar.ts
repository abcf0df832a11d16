import type { Tag } from '@/lib/schema/tag-set';
import type { PageText } from '@/lib/i18n/page-text';

const STYLE = `
:host, :root { all: initial; }
.bar { position: fixed; display: flex; gap: 4px; align-items: center; padding: 4px; border-radius: 8px;
  background: #fff; box-shadow: 0 2px 10px rgba(0,0,0,.25); font: 13px/1.4 system-ui, "PingFang SC",
  "Microsoft YaHei", sans-serif; color: #111; }
.bar[hidden] { display: none; }
button { all: unset; cursor: pointer; padding: 3px 10px; border-radius: 6px; color: #fff; font-weight: 600; }
button:focus-visible { outline: 2px solid #111; outline-offset: 1px; }
input { all: unset; width: 190px; padding: 3px 6px; border: 1px solid #ccc; border-radius: 6px; background: #fff; }
.status { padding: 0 4px; color: #555; }
`;

export interface ToolbarHandlers {
  onTag(tagId: string, comment: string): void;
  onDismiss(): void;
}

/** The small bar that appears beside a selection: one button per tag and a comment field. */
export class SelectionToolbar {
  private readonly bar: HTMLElement;
  private readonly comment: HTMLInputElement;
  private readonly buttons: HTMLElement;
  private readonly status: HTMLElement;

  constructor(root: ShadowRoot, private readonly text: PageText, private readonly handlers: ToolbarHandlers) {
    const doc = root.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.bar = doc.createElement('div');
    this.bar.className = 'bar';
    this.bar.hidden = true;
    this.bar.setAttribute('role', 'toolbar');
    this.bar.setAttribute('aria-label', text.toolbarLabel);
    this.buttons = doc.createElement('span');
    this.comment = doc.createElement('input');
    this.comment.placeholder = text.commentPlaceholder;
    this.comment.setAttribute('aria-label', text.commentPlaceholder);
    this.status = doc.createElement('span');
    this.status.className = 'status';
    this.bar.append(this.buttons, this.comment, this.status);
    root.append(style, this.bar);
    // Keep the page selection when the bar itself is pressed (except in the text field).
    this.bar.addEventListener('mousedown', (event) => {
      if (event.target !== this.comment) event.preventDefault();
    });
    this.comment.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') handlers.onDismiss();
    });
  }

  get isOpen(): boolean {
    return !this.bar.hidden;
  }

  /** Whether focus is in the comment field (the page selection may collapse while typing). */
  get isEditing(): boolean {
    return this.isOpen && this.comment.matches(':focus');
  }

  show(tags: readonly Tag[], rect: DOMRect): void {
    const doc = this.bar.ownerDocument;
    this.buttons.replaceChildren(
      ...tags.map((tag) => {
        const button = doc.createElement('button');
        button.textContent = tag.label;
        button.style.background = tag.color;
        button.dataset.tagId = tag.id;
        // The team's guideline on hover, so a reviewer unsure between two tags can check without leaving the page.
        button.title = [tag.guideline, tag.shortcut ? `Alt+Shift+${tag.shortcut}` : ''].filter(Boolean).join('\n');
        button.addEventListener('click', () => this.handlers.onTag(tag.id, this.comment.value.trim()));
        return button;
      }),
    );
    this.comment.value = '';
    this.status.textContent = '';
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 800;
    const height = view?.innerHeight ?? 600;
    const top = rect.bottom + 8 + 40 > height ? Math.max(4, rect.top - 44) : rect.bottom + 8;
    this.bar.style.left = `${Math.min(Math.max(4, rect.left), Math.max(4, width - 420))}px`;
    this.bar.style.top = `${top}px`;
    this.bar.hidden = false;
  }

  hide(): void {
    this.bar.hidden = true;
  }
}
