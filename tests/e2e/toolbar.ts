import type { Frame, Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const childrenOf = (node: CdpNode) => [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])];
const attr = (node: CdpNode, name: string) => {
  const attrs = node.attributes ?? [];
  const at = attrs.indexOf(name);
  return at >= 0 && at % 2 === 0 ? attrs[at + 1] : undefined;
};

/** First node inside a Pingyue UI host (<pingyue-ui>) that satisfies `match`. */
function findInUi(node: CdpNode, match: (n: CdpNode) => boolean, insideUi = false): CdpNode | null {
  const inside = insideUi || node.nodeName === 'PINGYUE-UI';
  if (inside && match(node)) return node;
  for (const child of childrenOf(node)) {
    const found = findInUi(child, match, inside);
    if (found) return found;
  }
  return null;
}

/**
 * Clicks, with the real mouse, an element of Pingyue's in-page toolbar. The toolbar lives in a *closed*
 * shadow root (page scripts cannot reach it), so Playwright's locators cannot either; the DevTools
 * protocol can, and gives the element's box on screen. Works for the top frame and same-process frames.
 */
async function clickInUi(page: Page, match: (n: CdpNode) => boolean, what: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const node = findInUi(root, match);
      if (node) {
        const box = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId }).catch(() => null)) as { model: { content: number[] } } | null;
        const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = box?.model.content ?? [];
        if (x3 > x1) {
          await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
          return;
        }
      }
      await page.waitForTimeout(100);
    }
    throw new Error(`Pingyue toolbar: ${what} did not appear`);
  } finally {
    await cdp.detach();
  }
}

export interface UiBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * On-screen boxes (CSS px of the viewport) of the toolbar's elements that carry `className`: `bar` for
 * the bar itself, `ring` for the marks around the passage being commented. Hidden elements have none.
 */
export async function uiBoxes(page: Page, className: string): Promise<UiBox[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const nodes: CdpNode[] = [];
    const collect = (node: CdpNode, insideUi: boolean) => {
      const inside = insideUi || node.nodeName === 'PINGYUE-UI';
      if (inside && (attr(node, 'class') ?? '').split(' ').includes(className)) nodes.push(node);
      childrenOf(node).forEach((child) => collect(child, inside));
    };
    collect(root, false);
    const boxes: UiBox[] = [];
    for (const node of nodes) {
      const box = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId }).catch(() => null)) as { model: { border: number[]; width: number; height: number } } | null;
      if (box) boxes.push({ x: box.model.border[0]!, y: box.model.border[1]!, width: box.model.width, height: box.model.height });
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

/** Computed style of a tag button of the toolbar (e.g. its focus outline). */
export async function tagButtonStyle(page: Page, tagId: string): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const button = findInUi(root, (n) => n.nodeName === 'BUTTON' && attr(n, 'data-tag-id') === tagId);
    if (!button) throw new Error(`Pingyue toolbar: no button for tag "${tagId}"`);
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: button.nodeId })) as { computedStyle: { name: string; value: string }[] };
    return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}

/** The node with keyboard focus as assistive technology sees it (closed shadow roots included). */
export async function focusedNode(page: Page): Promise<{ role: string; name: string; description: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Value = { value?: unknown };
    type AxNode = { role?: Value; name?: Value; description?: Value; properties?: { name: string; value: Value }[] };
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    // The document itself counts as focused too; the element with focus is the deepest one.
    const focused = nodes.filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true)).at(-1);
    return focused ? { role: String(focused.role?.value ?? ''), name: String(focused.name?.value ?? ''), description: String(focused.description?.value ?? '') } : null;
  } finally {
    await cdp.detach();
  }
}

/** Clicks a tag button of the toolbar (the selection is tagged at once; the comment box opens after). */
export function clickToolbarTag(page: Page, tagId: string): Promise<void> {
  return clickInUi(page, (n) => n.nodeName === 'BUTTON' && attr(n, 'data-tag-id') === tagId, `button for tag "${tagId}"`);
}

const isCommentFrame = (frame: Frame) => /^(chrome|moz)-extension:\/\/[^/]+\/comment\.html#/.test(frame.url()) && !frame.isDetached();

const fieldHasFocus = (frame: Frame) => frame.evaluate(() => document.hasFocus() && document.activeElement?.tagName === 'TEXTAREA').catch(() => false);

/**
 * The toolbar's comment box: an extension page in an iframe (out of the page's reach, so Playwright sees
 * it as a frame of its own). Resolves once its field has taken the focus, as it does by itself.
 */
export async function commentFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const frame = page.frames().find(isCommentFrame);
    if (frame && (await fieldHasFocus(frame))) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('Pingyue toolbar: the comment box did not open with its field focused');
}

/** Resolves once the comment box has closed (its frame is gone). */
export async function commentBoxClosed(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!page.frames().some(isCommentFrame)) return;
    await page.waitForTimeout(100);
  }
  throw new Error('Pingyue toolbar: the comment box stayed open');
}

/** Types into the open comment box (its field has the focus) and saves with Enter. */
export async function typeToolbarComment(page: Page, comment: string): Promise<void> {
  await commentFrame(page);
  await page.keyboard.insertText(comment);
  await page.keyboard.press('Enter');
  await commentBoxClosed(page);
}

/** What a reviewer does with the toolbar: one click on a tag, then the comment (if any) and Enter. */
export async function tagWithToolbar(page: Page, tagId: string, comment?: string): Promise<void> {
  await clickToolbarTag(page, tagId);
  if (comment !== undefined) await typeToolbarComment(page, comment);
}

/**
 * Text inside Pingyue's closed shadow root of the elements that carry `className` and are shown (hover
 * card …), in a page or in a cross-origin frame (which has a DevTools session of its own).
 */
export async function uiText(target: Page | Frame, className: string): Promise<string> {
  const page = 'page' in target ? target.page() : target;
  const cdp = await page.context().newCDPSession(target);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { nodeValue?: string } };
    const textOf = (node: CdpNode & { nodeValue?: string; nodeType?: number }): string =>
      node.nodeType === 3 ? (node.nodeValue ?? '') : childrenOf(node).map(textOf).join('');
    const shown: string[] = [];
    const collect = (node: CdpNode, insideUi: boolean) => {
      const inside = insideUi || node.nodeName === 'PINGYUE-UI';
      if (inside && (attr(node, 'class') ?? '').split(' ').includes(className) && attr(node, 'hidden') === undefined) shown.push(textOf(node));
      childrenOf(node).forEach((child) => collect(child, inside));
    };
    collect(root, false);
    return shown.join('\n');
  } finally {
    await cdp.detach();
  }
}
