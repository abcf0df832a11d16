// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { ALL_SITES } from '@/lib/site-access/site-pattern';
import { pinBrowserOf, type PinBrowser } from '@/lib/i18n/welcome-text';
import { mountPerTest, settle } from '../react-root';
import { fakePermissions } from './fake-permissions';

const view = mountPerTest();
const opened: string[] = [];

async function show(permissions: ReturnType<typeof fakePermissions>, locale: 'zh' | 'en' = 'zh', pinBrowser: PinBrowser = 'chrome') {
  opened.length = 0;
  await act(async () =>
    view.root.render(
      <WelcomeApp
        locale={locale}
        pinBrowser={pinBrowser}
        permissions={permissions.api}
        openSample={() => opened.push('sample')}
        openReader={() => opened.push('reader')}
        openSettings={() => opened.push('settings')}
      />,
    ),
  );
  await settle();
}
const button = (name: string) => {
  const found = [...view.container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};
async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}
const pressed = () => [...view.container.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent?.trim());

describe('WelcomeApp', () => {
  it('offers the two choices with neither chosen, and 所有网站 asks for every site and shows it chosen', async () => {
    const permissions = fakePermissions([]);
    await show(permissions);
    expect(view.container.querySelector('h1')!.textContent).toBe('欢迎使用评阅');
    expect(pressed()).toEqual([]);
    expect(view.container.querySelector('input')).toBeNull(); // no address field before a choice

    await click(button('所有网站'));
    expect(permissions.requests).toEqual([[ALL_SITES]]);
    expect(pressed()).toEqual(['所有网站']);
    expect(view.container.querySelector('[data-testid="site-access-status"]')!.textContent).toContain('评阅现在可以在所有网站上工作');
  });

  it('仅我启用的网站 puts the cursor in the site address, and an enabled site is listed with 移除', async () => {
    const permissions = fakePermissions([]);
    await show(permissions);
    await click(button('仅我启用的网站'));
    expect(pressed()).toEqual(['仅我启用的网站']);
    const field = document.activeElement as HTMLInputElement;
    expect(field.placeholder).toBe('oa.example.gov.cn');
    expect(permissions.requests).toEqual([]);
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, 'oa.example.gov.cn');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('启用'));
    expect(permissions.requests).toEqual([['*://oa.example.gov.cn/*']]);
    button('移除');
  });

  it('a browser declining the prompt leaves nothing chosen and says so', async () => {
    const permissions = fakePermissions([]);
    permissions.accept = false;
    await show(permissions);
    await click(button('所有网站'));
    expect(pressed()).toEqual([]);
    expect(view.container.textContent).toContain('浏览器没有授予权限');
  });

  it('names the pin step in the browser’s own words, the others folded away; opens the sample, the reader and the settings', async () => {
    await show(fakePermissions([]), 'en', 'edge');
    expect(view.container.querySelector('[data-testid="pin-step"]')!.textContent).toContain('“Show in toolbar”');
    expect(view.container.querySelector('details')!.textContent).toContain('“Pin to Toolbar”');
    await click(button('Open the sample report'));
    await click(button('Open a local file'));
    await click(button('Open the settings'));
    expect(opened).toEqual(['sample', 'reader', 'settings']);
  });

  it('tells Edge from Chrome by its user agent', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    expect(pinBrowserOf(chrome, false)).toBe('chrome');
    expect(pinBrowserOf(`${chrome} Edg/131.0.0.0`, false)).toBe('edge');
    expect(pinBrowserOf(chrome, true)).toBe('firefox');
  });
});
