import type { Browser, Frame, Page } from 'puppeteer-core';
import { selectText, sleep } from './firefox';

/**
 * Real mouse clicks on Pingyue's in-page toolbar. It lives in a *closed* shadow root, which page
 * scripts and Puppeteer's selectors cannot enter; WebDriver BiDi can: serialising the host with
 * `includeShadowTree: 'all'` hands out a reference to the closed root, and a pointer action with an
 * element origin clicks the middle of a button inside it, in whichever frame it is.
 */

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null };
}
type CallResult = { type: 'success'; result: RemoteNode } | { type: 'exception'; exceptionDetails: { text: string } };

const connectionOf = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
/** The BiDi browsing context of a page or frame (Puppeteer keeps it as the frame's internal id). */
const contextOf = (target: Page | Frame) => (('mainFrame' in target ? target.mainFrame() : target) as unknown as { _id: string })._id;

async function callFunction(browser: Browser, context: string, fn: string, args: object[], includeShadowTree: 'none' | 'all'): Promise<RemoteNode> {
  const { result } = (await connectionOf(browser).send('script.callFunction', {
    functionDeclaration: fn,
    arguments: args,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree },
  })) as { result: CallResult };
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return result.result;
}

/** The element matching `selector` inside Pingyue's UI host of `target`, or null while it is not shown. */
async function findInUi(browser: Browser, context: string, selector: string): Promise<RemoteNode | null> {
  const host = await callFunction(browser, context, '() => document.querySelector("pingyue-ui")', [], 'all');
  const root = host.value?.shadowRoot;
  if (!root?.sharedId) return null;
  const element = await callFunction(
    browser,
    context,
    `(root, selector) => {
      const element = root.querySelector(selector);
      const box = element?.getBoundingClientRect();
      return box && box.width > 0 ? element : null;
    }`,
    [{ sharedId: root.sharedId }, { type: 'string', value: selector }],
    'none',
  );
  return element.sharedId ? element : null;
}

async function clickInUi(browser: Browser, target: Page | Frame, selector: string, what: string): Promise<void> {
  const context = contextOf(target);
  for (let attempt = 0; attempt < 100; attempt++) {
    const element = await findInUi(browser, context, selector);
    if (element) {
      await connectionOf(browser).send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'pingyue-mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      return;
    }
    await sleep(100);
  }
  throw new Error(`Pingyue toolbar: ${what} did not appear`);
}

/** Clicks the toolbar's button for `tagId` in the frame (or page) where the text is selected. */
export function clickToolbarTag(browser: Browser, target: Page | Frame, tagId: string): Promise<void> {
  return clickInUi(browser, target, `button[data-tag-id="${tagId}"]`, `button for tag "${tagId}"`);
}

/**
 * After a tag button: waits for the comment box (an extension-origin frame in the toolbar) to take the
 * focus, types `comment` as keys (they reach the focused frame, never the page) and saves with Enter,
 * then waits for the box to close.
 */
export async function typeToolbarComment(browser: Browser, page: Page, target: Page | Frame, comment: string): Promise<void> {
  const context = contextOf(target);
  await focusInCommentBox(browser, context);
  await page.keyboard.type(comment);
  await page.keyboard.press('Enter');
  await commentBoxClosed(browser, context, 'Enter');
}

/** After a tag button: waits for the comment box to take the focus, then leaves it with Esc (no comment). */
export async function skipToolbarComment(browser: Browser, page: Page, target: Page | Frame): Promise<void> {
  const context = contextOf(target);
  await focusInCommentBox(browser, context);
  await page.keyboard.press('Escape');
  await commentBoxClosed(browser, context, 'Esc');
}

async function focusInCommentBox(browser: Browser, context: string): Promise<void> {
  const focusInBox = async () =>
    ((await callFunction(browser, context, '() => document.activeElement?.tagName === "PINGYUE-UI"', [], 'none')) as { value?: unknown }).value === true;
  for (let attempt = 0; attempt < 100 && !(await focusInBox()); attempt++) await sleep(100);
  if (!(await focusInBox())) throw new Error('Pingyue toolbar: the comment box did not take the focus');
}

async function commentBoxClosed(browser: Browser, context: string, key: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!(await findInUi(browser, context, 'iframe'))) return;
    await sleep(100);
  }
  throw new Error(`Pingyue toolbar: the comment box did not close after ${key}`);
}

/**
 * Selects `text` as a reviewer's drag does, again until Pingyue's toolbar shows: in a page or frame
 * that just loaded, the content script (run at document_idle) may not be listening yet.
 */
export async function selectForToolbar(browser: Browser, target: Page | Frame, selector: string, text: string): Promise<void> {
  const context = contextOf(target);
  for (let attempt = 0; attempt < 30; attempt++) {
    await selectText(target, selector, text);
    for (let wait = 0; wait < 5; wait++) {
      if (await findInUi(browser, context, 'button[data-tag-id]')) return;
      await sleep(100);
    }
  }
  throw new Error(`Pingyue toolbar did not show for a selection in ${selector}`);
}
