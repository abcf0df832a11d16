/**
 * Runs inside the page (pass it to Playwright's or Puppeteer's evaluate): selects the first occurrence of
 * `text` inside the element matching `selector`, then dispatches the mouseup a reviewer's drag ends with
 * (Pingyue's toolbar listens for it).
 */
export function selectTextInPage({ selector, text }: { selector: string; text: string }): void {
  const root = document.querySelector(selector)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
    return;
  }
  throw new Error(`text not found: ${text}`);
}
