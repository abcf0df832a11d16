import { UI_HOST_ATTRIBUTE } from '@/lib/anchoring/text-map';

// UI_HOST_ATTRIBUTE marks Pingyue's own elements, so the text map, observers and selection capture skip them.

/**
 * One host element per frame with a *closed* shadow root: page CSS cannot reach the toolbar and page
 * scripts cannot read what it shows. Created lazily, only when something must be shown.
 */
export function createUiHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('pingyue-ui');
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  host.style.cssText = 'all:initial;position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  (doc.documentElement ?? doc.body).append(host);
  return { host, root };
}

export function isInsideUi(node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode) {
    if (current.nodeType === 1 && (current as Element).hasAttribute(UI_HOST_ATTRIBUTE)) return true;
  }
  return false;
}
