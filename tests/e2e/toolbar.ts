import type { Page } from '@playwright/test';

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

export function clickToolbarTag(page: Page, tagId: string): Promise<void> {
  return clickInUi(page, (n) => n.nodeName === 'BUTTON' && attr(n, 'data-tag-id') === tagId, `button for tag "${tagId}"`);
}

export async function typeToolbarComment(page: Page, comment: string): Promise<void> {
  await clickInUi(page, (n) => n.nodeName === 'INPUT', 'comment field');
  await page.keyboard.insertText(comment);
}
