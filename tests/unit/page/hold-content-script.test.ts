// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { holdContentScript } from '@/lib/page/hold-content-script';

const STARTED = 'ext-id:content:wxt:content-script-started';

/** A fresh window per test, with WXT's listener on its document, as ContentScriptContext adds it. */
function frame() {
  const win = new Window() as unknown as globalThis.Window;
  let stopped = 0;
  win.document.addEventListener(STARTED, () => stopped++);
  const forge = () => win.document.dispatchEvent(new (win as unknown as typeof globalThis).CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'x' } }));
  return { win, forge, stopped: () => stopped };
}

describe('holdContentScript', () => {
  it("keeps the page's forged stop event from reaching WXT while this copy runs", () => {
    const { win, forge, stopped } = frame();
    expect(holdContentScript(win, { isValid: true }, STARTED)).toBe(true);
    forge();
    expect(stopped()).toBe(0);
  });

  it('lets a second copy step aside while the first one runs', () => {
    const { win } = frame();
    expect(holdContentScript(win, { isValid: true }, STARTED)).toBe(true);
    expect(holdContentScript(win, { isValid: true }, STARTED)).toBe(false);
  });

  it('hands over to a new copy once the old one is no longer the live one (an extension update)', () => {
    const { win, forge, stopped } = frame();
    const old = { isValid: true };
    holdContentScript(win, old, STARTED);
    old.isValid = false;
    expect(holdContentScript(win, { isValid: true }, STARTED)).toBe(true);
    forge();
    expect(stopped()).toBe(0); // now the new copy holds the frame
  });
});
