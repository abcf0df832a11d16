import type { PageText } from '@/lib/i18n/page-text';
import { readableTextOn } from '@/lib/shared/contrast';
import { placeBeside, type Rect } from './toolbar-position';

/** What a hover card shows of one annotation. */
export interface CardNote {
  /** Empty for a tag no longer in the tag set. */
  tagLabel: string;
  color: string;
  comment: string;
}

// Sizes in em of `medium`, like the toolbar's: the browser's font size setting enlarges the card too.
const STYLE = `
.hover-card { position: fixed; box-sizing: border-box; max-width: min(26em, calc(100vw - 12px)); padding: .45em .65em;
  border-radius: 8px; background: #fff; border: 1px solid #d0d7de; box-shadow: 0 4px 16px rgba(0,0,0,.22); color: #1f2328;
  pointer-events: none; user-select: none;
  font: .875em/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
.hover-card[hidden] { display: none; }
.note + .note { margin-top: .5em; padding-top: .5em; border-top: 1px solid #d0d7de; }
.chip { display: inline-block; border-radius: 999px; padding: 0 .7em; font-weight: 600; }
.comment { margin: .25em 0 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 12em; overflow: hidden; }
.muted, .hint { color: #57606a; }
.hint { margin: .4em 0 0; font-size: .9em; }
`;

/**
 * The tag and comment of the passage under the pointer (or keyboard focus), in Pingyue's closed shadow
 * root: page scripts cannot read the comment from it (docs/security.md says what they can learn).
 */
export class HoverCard {
  private card: HTMLElement | null = null;
  private shownFor = '';

  constructor(
    private readonly root: () => ShadowRoot,
    private readonly text: PageText,
  ) {}

  /** Show `notes` beside `near` (viewport px); `key` avoids rebuilding the same card on every move. */
  show(key: string, notes: readonly CardNote[], near: Rect): void {
    const card = this.ensureCard();
    if (key !== this.shownFor) {
      this.shownFor = key;
      card.replaceChildren(...notes.map((note) => this.noteElement(note)), this.hint());
    }
    card.hidden = false;
    const win = card.ownerDocument.defaultView!;
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { left, top } = placeBeside(near, size, { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  hide(): void {
    if (this.card) this.card.hidden = true;
    this.shownFor = '';
  }

  dispose(): void {
    this.card?.remove();
    this.card = null;
  }

  private ensureCard(): HTMLElement {
    const root = this.root();
    if (this.card && this.card.getRootNode() === root) return this.card;
    const doc = root.ownerDocument;
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.card = doc.createElement('div');
    this.card.className = 'hover-card';
    this.card.setAttribute('role', 'tooltip');
    this.card.dataset.testid = 'hover-card';
    root.append(style, this.card);
    return this.card;
  }

  private noteElement(note: CardNote): HTMLElement {
    const doc = this.card!.ownerDocument;
    const block = doc.createElement('div');
    block.className = 'note';
    const chip = doc.createElement('span');
    chip.className = 'chip';
    chip.textContent = note.tagLabel || this.text.deletedTag;
    chip.style.background = note.color;
    chip.style.color = readableTextOn(note.color);
    const comment = doc.createElement('p');
    comment.className = note.comment ? 'comment' : 'comment muted';
    comment.textContent = note.comment || this.text.hoverNoComment;
    block.append(chip, comment);
    return block;
  }

  private hint(): HTMLElement {
    const hint = this.card!.ownerDocument.createElement('p');
    hint.className = 'hint';
    hint.textContent = this.text.hoverHint;
    return hint;
  }
}
