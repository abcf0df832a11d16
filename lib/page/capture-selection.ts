import { isInsideUi } from './ui-host';

/** The reviewer's current selection in this frame, or null when there is nothing worth tagging. */
export function currentSelectionRange(win: Window): Range | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (isInsideUi(range.commonAncestorContainer)) return null;
  if (range.toString().trim() === '') return null;
  return range;
}

/** Narrow [start, end) so the stored quote does not begin or end with whitespace. */
export function trimOffsets(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
