import type { CDPSession, Page } from '@playwright/test';
import { expect, highlightTexts, openPanelTab, selectText, test } from './fixtures';
import { clickToolbarTag, commentBoxClosed, commentFrame } from './toolbar';

interface LogEntry {
  type: string;
  key?: string | null;
  data?: string | null;
  value?: string | null;
}
const INPUT_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste'];
const pageLog = (page: Page) => page.evaluate(() => (window as unknown as { __log: LogEntry[] }).__log);

/**
 * Types like a Chinese reviewer: a pinyin composition through the IME (the DevTools protocol's IME calls,
 * which Chrome routes to the focused frame as a real IME would), committed as 汉字.
 */
async function typeWithIme(cdp: CDPSession, pinyin: string, hanzi: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdp.send('Input.imeSetComposition', { text: hanzi, selectionStart: hanzi.length, selectionEnd: hanzi.length });
  await cdp.send('Input.insertText', { text: hanzi });
}

test('a page that records every key, input and IME event sees nothing of a comment typed in the toolbar', async ({ context, server, serviceWorker, extensionId }) => {
  test.slow(); // many single key and IME steps, on a shared machine
  const page = await context.newPage();
  await page.goto(`${server.origin}/keylogger.html`);
  const ime = await page.context().newCDPSession(page);

  // The recorder works: typing and an IME composition in the page's own field are all in its log.
  await page.locator('#own').focus();
  await page.keyboard.type('abc');
  await typeWithIme(ime, 'ceshi', '测试');
  await expect(page.locator('#own')).toHaveValue('abc测试');
  const own = await pageLog(page);
  expect(own.some((e) => e.type === 'keydown' && e.key === 'b')).toBe(true);
  expect(own.some((e) => e.type === 'compositionupdate' && e.data === 'ceshi')).toBe(true);
  expect(own.some((e) => e.type === 'compositionend' && e.data === '测试')).toBe(true);

  // The reviewer tags a passage with the toolbar; the comment box opens with the field focused.
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  await selectText(page, '#p2', '部分社区党组织书记抓党建的意识不够强');
  await clickToolbarTag(page, 'problem');
  await expect.poll(() => highlightTexts(page, 'problem')).toEqual(['部分社区党组织书记抓党建的意识不够强']);
  const frame = await commentFrame(page);
  const before = (await pageLog(page)).length;

  // Keys, Shift+Enter, an IME composition, Backspace and the Enter that saves: all inside the frame.
  await page.keyboard.type('Vague: ');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('xx');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await typeWithIme(ime, 'yuetan', '约谈');
  await typeWithIme(ime, 'naxie', '哪些社区未落实');
  await expect(frame.locator('textarea')).toHaveValue('Vague: \n约谈哪些社区未落实');
  await page.keyboard.press('Enter');
  await commentBoxClosed(page);

  // Not one key, input or composition event reached the page while the comment was typed, and none of the
  // comment's characters that the page does not itself contain appear anywhere in what it recorded.
  const log = await pageLog(page);
  const during = log.slice(before);
  expect(during.filter((e) => INPUT_EVENTS.includes(e.type))).toEqual([]);
  const pageText = await page.evaluate(() => document.body.innerText);
  const secret = [...'约谈哪些未落实'].filter((ch) => !pageText.includes(ch));
  expect(secret.length).toBeGreaterThan(3);
  const recorded = JSON.stringify(log);
  for (const ch of secret) expect(recorded).not.toContain(ch);
  expect(recorded).not.toContain('Vague');
  expect(recorded).not.toContain('yuetan');
  // The frame and what it loads come from the extension; nothing went over the network.
  expect(requests.some((url) => url.includes('/comment.html'))).toBe(true);
  expect(requests.filter((url) => !/^chrome-extension:\/\//.test(url))).toEqual([]);

  // … and the comment is saved: the panel shows it.
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('group-problem')).toContainText('约谈哪些社区未落实');
  await expect(panel.getByTestId('group-problem')).toContainText('Vague:');
});

test('forged messages and fake keys cannot close the comment box, and no page can load it', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/keylogger.html`);
  await selectText(page, '#p3', '明年三月底前由组织办牵头完成党员信息核对');
  await clickToolbarTag(page, 'measure');
  const frame = await commentFrame(page);
  await page.keyboard.insertText('需要写明责任人');
  await expect(frame.locator('textarea')).toHaveValue('需要写明责任人');

  // The frame sits in a closed shadow root, so it is not even among the page's frames (the page cannot
  // message it or navigate it to a look-alike of its own) …
  expect(await page.evaluate(() => window.frames.length)).toBe(0);
  // … and the page imitates the frame's messages from its own window, presses a fake Esc, and clicks.
  await page.evaluate(() => {
    const channel = 'pingyue-comment-frame';
    for (const data of [{ channel, type: 'close', saved: true }, { channel, type: 'close', saved: false }, { channel, type: 'size', height: 1 }, { channel, type: 'dirty', dirty: false }]) {
      window.postMessage(data, '*');
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  expect(frame.isDetached()).toBe(false);
  await expect(frame.locator('textarea')).toHaveValue('需要写明责任人');

  // The page cannot load the comment page itself (to imitate it): Chrome serves it only to Pingyue.
  const embedded = await page.evaluate(async (id) => {
    const probe = document.createElement('iframe');
    probe.src = `chrome-extension://${id}/comment.html#x`;
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return fetch(`chrome-extension://${id}/comment.html`).then(() => 'readable', () => 'refused');
  }, extensionId);
  expect(embedded).toBe('refused');
  expect(page.frames().filter((f) => f.url().includes('/comment.html#x') && !f.url().startsWith('chrome-error'))).toHaveLength(0);

  // The reviewer finishes; the comment is the reviewer's, not the page's.
  await frame.locator('textarea').focus();
  await page.keyboard.press('Enter');
  await commentBoxClosed(page);
  const panel = await openPanelTab(context, serviceWorker, extensionId, page);
  await expect(panel.getByTestId('group-measure')).toContainText('需要写明责任人');
  await expect(panel.locator('body')).not.toContainText('伪造');
});
