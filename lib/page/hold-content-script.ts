/** What the content script knows of WXT's context: whether this copy is still the extension's live one. */
export interface LiveContext {
  readonly isValid: boolean;
}

const RUNNING = Symbol.for('pingyue.content-script');

/**
 * Makes this copy of the content script the one that runs in the frame, or says it should step aside.
 *
 * WXT stops an older copy of a content script when a newer one starts, with a DOM event on the
 * document named after the extension id. A page script can dispatch that event too (a published
 * extension's id is public) and so switch Pingyue off in its page. While this copy is live, the event
 * is swallowed at the window, before it reaches WXT's listener on the document. A second copy (the
 * registered script and an injection into a tab already open) then finds this one running and returns
 * false; a copy left over from before an extension update is no longer valid and is replaced.
 */
export function holdContentScript(win: Window, ctx: LiveContext, startedEventName: string): boolean {
  const world = win as unknown as { [RUNNING]?: LiveContext };
  if (world[RUNNING]?.isValid) return false;
  world[RUNNING] = ctx;
  win.addEventListener(
    startedEventName,
    (event) => {
      if (world[RUNNING] === ctx && ctx.isValid) event.stopImmediatePropagation();
    },
    { capture: true },
  );
  return true;
}
