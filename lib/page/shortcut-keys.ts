/**
 * Alt+Shift+digit → tag slot 1–9. Uses `code`, since Shift changes the produced character. A key event
 * the page's own script dispatched (`isTrusted === false`) is not the reviewer's and never tags: a
 * hostile page could otherwise write annotations by itself.
 */
export function slotFromKey(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'> & Partial<Pick<KeyboardEvent, 'isTrusted'>>,
): number | null {
  if (event.isTrusted === false) return null;
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}
