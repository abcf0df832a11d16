import type { Annotation } from '@/lib/schema/annotation';
import type { Tag } from '@/lib/schema/tag-set';
import type { PageText } from '@/lib/i18n/page-text';
import { readableTextOn } from '@/lib/shared/contrast';
import { commentFrameUrl, readFrameMessage } from './comment-frame-protocol';
import { anchorOf, maxBoxHeight, placeBeside, type Rect, type Viewport } from './toolbar-position';

// Sizes in em of `medium` (the browser's default font size, which `all: initial` restores), so a
// reviewer who enlarged the browser's font gets a larger toolbar whatever the page's own CSS says.
const STYLE = `
:host { all: initial; }
.bar { position: fixed; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: .35em; align-items: center;
  max-width: calc(100vw - 12px); padding: .35em; border-radius: 8px; background: #fff; border: 1px solid #d0d7de;
  box-shadow: 0 4px 16px rgba(0,0,0,.22); color: #1f2328;
  font: .875em/1.45 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
.bar[hidden] { display: none; }
.bar.comment { flex-direction: column; align-items: stretch; flex-wrap: nowrap; width: min(30em, calc(100vw - 12px)); padding: .35em 0 0; }
.tag { all: unset; cursor: pointer; padding: .2em .8em; border-radius: 6px; font-weight: 600; font-size: 1.0715em; }
.tag:focus-visible, .close:focus-visible { outline: 2px solid #111; outline-offset: 2px; }
.tag[aria-disabled="true"] { opacity: .6; cursor: progress; }
.head { display: flex; align-items: center; gap: .4em; padding: 0 .6em; }
.chip { border-radius: 999px; padding: 0 .7em; font-weight: 600; }
.close { all: unset; cursor: pointer; margin-left: auto; padding: 0 .5em; border-radius: 6px; font-size: 1.2em; line-height: 1.2; color: #57606a; }
iframe { display: block; width: 100%; height: 9.5em; border: 0; background: #fff; color-scheme: light; }
iframe.pending { visibility: hidden; }
.status { padding: 0 .5em; color: #b91c1c; }
.status:empty { display: none; }
.ring { position: fixed; pointer-events: none; border-radius: 3px; box-shadow: 0 0 0 2px var(--ring); }
.ring.flash { animation: ring-pulse .45s ease-in-out 3; }
.bar.pulse { animation: bar-pulse .35s ease-in-out 2; }
@keyframes ring-pulse { 50% { box-shadow: 0 0 0 5px var(--ring); } }
@keyframes bar-pulse { 50% { box-shadow: 0 0 0 4px #1d4ed8, 0 4px 16px rgba(0,0,0,.22); } }
@media (prefers-reduced-motion: reduce) { .ring.flash, .bar.pulse { animation: none; } }
`;

/** A frame that has not said it is ready by then is blocked (a sandboxed or CSP-locked page). */
const FRAME_TIMEOUT_MS = 5000;

export interface ToolbarHandlers {
  /** Tag the passage the toolbar was shown for; resolves to the annotation made (null: nothing made). */
  onTag(tagId: string): Promise<Annotation | null>;
  /** A comment was written into `annotationId` (by the frame, through the background). */
  onCommentSaved(annotationId: string): void;
  /**
   * The comment frame page: its URL (`runtime.getURL`, under Chrome's per-session id) and the origin its
   * document has once loaded (the extension's own: Chrome maps the per-session id back to it).
   */
  commentPage(): { url: string; origin: string };
}

type State =
  | { kind: 'closed' }
  | { kind: 'tags'; range: Range; busy: boolean }
  | {
      kind: 'comment';
      range: Range;
      annotationId: string;
      frame: HTMLIFrameElement;
      origin: string;
      dirty: boolean;
      timer: ReturnType<typeof setTimeout>;
      /** Where the focus was when the tag was chosen: the field takes it only if it is still there. */
      focusAtTag: Element | null;
    };

/**
 * The bar beside a selection. First one button per tag: a click tags at once. Then it turns into a
 * comment box for the new annotation, whose field is an extension page in an iframe (the page cannot
 * read what is typed there, docs/security.md), while a ring keeps the passage marked. The box closes
 * with 完成 / Enter, 跳过 / Esc (in the frame, on the bar or anywhere on the page) — the tag stays —
 * or, while the field is empty, with a click elsewhere.
 */
export class SelectionToolbar {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly bar: HTMLElement;
  private readonly rings: HTMLElement;
  private state: State = { kind: 'closed' };
  private frameScheduled = 0;
  /** Reflows that move the passage without a scroll or resize (a viewer zooming its body, late text). */
  private readonly layout: ResizeObserver | null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly text: PageText,
    private readonly handlers: ToolbarHandlers,
  ) {
    this.doc = root.ownerDocument;
    this.win = this.doc.defaultView!;
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    this.rings = this.doc.createElement('div');
    this.bar = this.doc.createElement('div');
    this.bar.className = 'bar';
    this.bar.hidden = true;
    root.append(style, this.rings, this.bar);
    const Observer = (this.win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    this.layout = Observer ? new Observer(this.schedule) : null;
    // Keep the page's selection when the bar is pressed.
    this.bar.addEventListener('mousedown', (event) => event.preventDefault());
  }

  /** The tag buttons are showing (not the comment box). */
  get isOpen(): boolean {
    return this.state.kind === 'tags';
  }

  /** The comment box is open: the page selection is gone on purpose, the box stays. */
  get isEditing(): boolean {
    return this.state.kind === 'comment';
  }

  /** Offer the tags for a new selection (unless a comment is being written: that is never thrown away). */
  show(tags: readonly Tag[], range: Range): void {
    if (this.keepUnsavedComment()) return;
    this.close();
    this.state = { kind: 'tags', range: range.cloneRange(), busy: false };
    this.bar.className = 'bar';
    this.bar.setAttribute('role', 'toolbar');
    this.bar.setAttribute('aria-label', this.text.toolbarLabel);
    this.bar.replaceChildren(...tags.map((tag) => this.tagButton(tag)), this.statusLine());
    this.open();
  }

  /** Close, unless the reviewer has typed a comment that is not saved yet (then the box asks for attention). */
  hide(): void {
    if (!this.keepUnsavedComment()) this.close();
  }

  private tagButton(tag: Tag): HTMLElement {
    const button = this.doc.createElement('button');
    button.className = 'tag';
    button.type = 'button';
    button.textContent = tag.label;
    button.style.background = tag.color;
    button.style.color = readableTextOn(tag.color);
    button.dataset.tagId = tag.id;
    // The team's guideline on hover, so a reviewer unsure between two tags can check without leaving the page.
    button.title = [tag.guideline, tag.shortcut ? `Alt+Shift+${tag.shortcut}` : ''].filter(Boolean).join('\n');
    button.addEventListener('click', () => void this.tag(tag, button));
    return button;
  }

  private statusLine(): HTMLElement {
    const status = this.doc.createElement('span');
    status.className = 'status';
    status.setAttribute('role', 'status');
    return status;
  }

  private async tag(tag: Tag, button: HTMLElement): Promise<void> {
    const state = this.state;
    if (state.kind !== 'tags' || state.busy) return;
    state.busy = true;
    button.setAttribute('aria-disabled', 'true');
    const focusAtTag = this.doc.activeElement;
    try {
      const created = await this.handlers.onTag(tag.id);
      // Tagging closed the bar; a new selection made meanwhile wins over the comment box.
      if (created && (this.state === state || this.state.kind === 'closed')) this.openComment(created, tag, state.range, focusAtTag);
    } catch {
      if (this.state === state) this.bar.querySelector('.status')!.textContent = this.text.failed;
    } finally {
      state.busy = false;
      button.removeAttribute('aria-disabled');
    }
  }

  private openComment(annotation: Annotation, tag: Tag, range: Range, focusAtTag: Element | null): void {
    this.close();
    const head = this.doc.createElement('div');
    head.className = 'head';
    const chip = this.doc.createElement('span');
    chip.className = 'chip';
    chip.textContent = tag.label;
    chip.style.background = tag.color;
    chip.style.color = readableTextOn(tag.color);
    const label = this.doc.createElement('span');
    label.textContent = this.text.taggedAs;
    head.append(label, chip);

    const page = this.handlers.commentPage();
    const src = commentFrameUrl(page.url, annotation.id);
    const frame = this.doc.createElement('iframe');
    frame.title = this.text.commentFrameTitle;
    // Invisible until its page says it is ready: a blocked frame must not show the browser's error page.
    frame.className = 'pending';
    // The box must never become the page's: if anything navigates the frame away, the box closes.
    let loads = 0;
    frame.addEventListener('load', () => {
      if (++loads > 1) this.close();
    });
    frame.src = src;

    this.bar.className = 'bar comment';
    this.bar.setAttribute('role', 'dialog');
    this.bar.setAttribute('aria-label', this.text.commentBoxLabel);
    this.bar.replaceChildren(head, frame, this.statusLine());
    const timer = setTimeout(() => this.frameBlocked(), FRAME_TIMEOUT_MS);
    this.state = { kind: 'comment', range, annotationId: annotation.id, frame, origin: page.origin, dirty: false, timer, focusAtTag };
    this.rings.style.setProperty('--ring', tag.color);
    this.open();
    this.drawRings(true);
  }

  /**
   * The frame has not come up (a sandboxed frame or a page CSP blocks it, or the machine is very slow):
   * say so, and offer to close; the tag is kept. If the frame turns up after all, it takes over.
   */
  private frameBlocked(): void {
    if (this.state.kind !== 'comment' || this.bar.querySelector('.close')) return;
    this.bar.querySelector('.status')!.textContent = this.text.frameBlocked;
    const close = this.doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', this.text.close);
    close.addEventListener('click', () => this.close());
    this.bar.querySelector('.head')!.append(close);
    this.reposition();
  }

  private readonly onFrameMessage = (event: MessageEvent) => {
    const state = this.state;
    if (state.kind !== 'comment') return;
    const message = readFrameMessage(event, state.frame.contentWindow, state.origin);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        clearTimeout(state.timer);
        state.frame.classList.remove('pending');
        this.bar.querySelector('.status')!.textContent = '';
        this.bar.querySelector('.close')?.remove();
        // Focus moves into the frame, whose page hands it to the field (autofocus is refused cross-origin),
        // unless the reviewer has moved on meanwhile (clicked into another frame or field): never steal it.
        if (this.doc.hasFocus() && this.focusStayed(state.focusAtTag)) {
          state.frame.focus();
          state.frame.contentWindow?.focus();
        }
        return;
      case 'size':
        state.frame.style.height = `${Math.min(message.height, maxBoxHeight(this.viewport()) - this.headHeight())}px`;
        this.reposition();
        return;
      case 'dirty':
        state.dirty = message.dirty;
        return;
      case 'close':
        if (message.saved) this.handlers.onCommentSaved(state.annotationId);
        this.close();
    }
  };

  /** Esc closes the bar wherever focus is on the page (the frame handles its own Esc). */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    // A page can dispatch a fake Esc; only the reviewer's own key counts.
    if (event.key !== 'Escape' || !event.isTrusted || this.state.kind === 'closed') return;
    this.close();
  };

  private readonly schedule = () => {
    if (this.frameScheduled) return;
    this.frameScheduled = this.win.requestAnimationFrame(() => {
      this.frameScheduled = 0;
      this.reposition();
    });
  };

  private keepUnsavedComment(): boolean {
    if (this.state.kind !== 'comment' || !this.state.dirty) return false;
    this.bar.classList.remove('pulse');
    void this.bar.offsetWidth; // restart the animation
    this.bar.classList.add('pulse');
    return true;
  }

  private open(): void {
    this.bar.hidden = false;
    this.win.addEventListener('message', this.onFrameMessage);
    this.doc.addEventListener('keydown', this.onKeyDown, true);
    this.win.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    this.win.addEventListener('resize', this.schedule, { passive: true });
    this.win.visualViewport?.addEventListener('resize', this.schedule, { passive: true });
    this.win.visualViewport?.addEventListener('scroll', this.schedule, { passive: true });
    if (this.doc.body) this.layout?.observe(this.doc.body);
    this.reposition();
  }

  private close(): void {
    const state = this.state;
    // The box is about to go with the focus in it. Firefox then hands the focus to the top page, so the
    // reviewer's next key (Alt+Shift+N, PageDown) would reach the OA page, not the report's frame.
    const boxHadFocus = state.kind === 'comment' && this.doc.activeElement === this.root.host;
    if (state.kind === 'comment') clearTimeout(state.timer);
    this.state = { kind: 'closed' };
    this.bar.hidden = true;
    this.bar.replaceChildren();
    this.rings.replaceChildren();
    this.win.removeEventListener('message', this.onFrameMessage);
    this.doc.removeEventListener('keydown', this.onKeyDown, true);
    this.win.removeEventListener('scroll', this.schedule, { capture: true });
    this.win.removeEventListener('resize', this.schedule);
    this.win.visualViewport?.removeEventListener('resize', this.schedule);
    this.win.visualViewport?.removeEventListener('scroll', this.schedule);
    this.layout?.disconnect();
    if (this.frameScheduled) this.win.cancelAnimationFrame(this.frameScheduled);
    this.frameScheduled = 0;
    if (boxHadFocus) this.focusBack(state.focusAtTag);
  }

  /**
   * The focus is where it was when the tag was chosen. A tag button chosen by keyboard held it, inside
   * our UI; the bar's buttons gave way to the comment box since, which dropped it to the body.
   */
  private focusStayed(focusAtTag: Element | null): boolean {
    const active = this.doc.activeElement;
    return active === focusAtTag || (focusAtTag === this.root.host && active === this.doc.body);
  }

  /** Back where the focus was when the tag was chosen, or to this frame's document. */
  private focusBack(focusAtTag: Element | null): void {
    const element = focusAtTag as HTMLElement | null;
    if (element?.isConnected && element !== this.doc.body && typeof element.focus === 'function') element.focus({ preventScroll: true });
    else this.win.focus();
  }

  /** Follow the passage as the page scrolls, zooms or reflows; stay inside the visible viewport. */
  private reposition(): void {
    if (this.state.kind === 'closed') return;
    const viewport = this.viewport();
    const lines = lineRects(this.state.range);
    const anchor = anchorOf(lines, viewport) ?? { left: viewport.left + 8, top: viewport.top + 8, right: viewport.left + 8, bottom: viewport.top + 8 };
    const size = this.bar.getBoundingClientRect();
    const { left, top } = placeBeside(anchor, { width: size.width, height: size.height }, viewport);
    this.bar.style.left = `${left}px`;
    this.bar.style.top = `${top}px`;
    if (this.state.kind === 'comment') this.drawRings(false, lines);
  }

  /** A ring around each line of the passage: it stays marked while the browser selection is gone. */
  private drawRings(flash: boolean, lines = this.state.kind === 'closed' ? [] : lineRects(this.state.range)): void {
    const existing = [...this.rings.children] as HTMLElement[];
    lines.forEach((line, i) => {
      const ring = existing[i] ?? this.rings.appendChild(this.doc.createElement('div'));
      ring.className = flash ? 'ring flash' : ring.className || 'ring';
      Object.assign(ring.style, {
        left: `${line.left - 1}px`,
        top: `${line.top - 1}px`,
        width: `${line.right - line.left + 2}px`,
        height: `${line.bottom - line.top + 2}px`,
      });
    });
    existing.slice(lines.length).forEach((ring) => ring.remove());
  }

  private headHeight(): number {
    const head = this.bar.querySelector('.head');
    return (head?.getBoundingClientRect().height ?? 0) + 12;
  }

  private viewport(): Viewport {
    const visual = this.win.visualViewport;
    return visual
      ? { left: visual.offsetLeft, top: visual.offsetTop, width: visual.width, height: visual.height }
      : { left: 0, top: 0, width: this.win.innerWidth, height: this.win.innerHeight };
  }
}

/** Enough line boxes for any passage a reviewer tags in one go; longer ones are ringed in part. */
const MAX_TEXT_NODES = 400;

/**
 * The passage's line boxes, from its text only (`Range.getClientRects()` also returns the boxes of whole
 * elements inside the range, such as a paragraph in the middle); pieces on one line are merged.
 */
function lineRects(range: Range): Rect[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const pieces: DOMRect[] = [];
  const part = doc.createRange();
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  let node: Node | null = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer : walker.nextNode();
  if (node) walker.currentNode = node;
  for (let count = 0; node && count < MAX_TEXT_NODES; node = walker.nextNode(), count++) {
    if (!range.intersectsNode(node)) {
      if (range.comparePoint(node, 0) > 0) break;
      continue;
    }
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    pieces.push(...Array.from(part.getClientRects()));
  }
  const lines: Rect[] = [];
  for (const r of pieces) {
    if (r.width === 0 || r.height === 0) continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - r.top) < 2 && Math.abs(last.bottom - r.bottom) < 2 && r.left <= last.right + 2) {
      last.left = Math.min(last.left, r.left);
      last.right = Math.max(last.right, r.right);
    } else {
      lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return lines;
}
