// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { SiteAccessSection } from '@/components/site-access/SiteAccessSection';
import { siteAccessPageHash } from '@/lib/site-access/site-access-page';
import { OPTIONS_TEXT } from '@/lib/i18n/options-text';
import { ALL_SITES } from '@/lib/site-access/site-pattern';
import { mountPerTest, settle } from '../react-root';
import { fakePermissions } from './fake-permissions';

const view = mountPerTest();

async function show(permissions: ReturnType<typeof fakePermissions>, hash = '', locale: 'zh' | 'en' = 'zh') {
  await act(async () => view.root.render(<SiteAccessSection text={OPTIONS_TEXT[locale]} hash={hash} permissions={permissions.api} />));
  await settle();
}

/** A control by its accessible name: `aria-label`, else its `<label>`, else its text. */
function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label') ?? (element.id ? view.container.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element.closest('label')?.textContent ?? element.textContent;
  return (label ?? '').trim();
}
const button = (name: string, within: ParentNode = view.container) => {
  const found = [...within.querySelectorAll('button')].find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};
const radio = (name: string) => [...view.container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => nameOf(r) === name)!;
const siteList = (name = '已启用的网站') => view.container.querySelector(`ul[aria-label="${name}"]`)!;
const status = () => view.container.querySelector('[data-testid="site-access-status"]')!.textContent;
async function click(element: HTMLElement) {
  await act(async () => element.click());
  await settle();
}

async function typeSite(value: string) {
  const input = [...view.container.querySelectorAll<HTMLInputElement>('input[type="text"]')].find((i) => nameOf(i) === '网站地址')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(button('启用', view.container.querySelector('form')!));
}

describe('SiteAccessSection', () => {
  it('checks 所有网站 when <all_urls> is granted, and 仅我启用的网站 otherwise', async () => {
    await show(fakePermissions([ALL_SITES]));
    expect(radio('所有网站').checked).toBe(true);
    expect(radio('仅我启用的网站').checked).toBe(false);

    view.remount();
    await show(fakePermissions(['http://127.0.0.1/*']));
    expect(radio('所有网站').checked).toBe(false);
    expect(radio('仅我启用的网站').checked).toBe(true);
  });

  it('choosing 仅我启用的网站 withdraws <all_urls> and says open pages change after a reload, notes kept', async () => {
    const permissions = fakePermissions([ALL_SITES, 'http://127.0.0.1/*']);
    await show(permissions);
    await click(radio('仅我启用的网站'));
    expect(permissions.removals).toEqual([[ALL_SITES]]);
    expect(radio('仅我启用的网站').checked).toBe(true);
    expect(status()).toContain('刷新');
    expect(status()).toContain('批注都会保留');
    expect(siteList().textContent).toContain('http://127.0.0.1');
  });

  it('keeps 仅我启用的网站 checked and says nothing changed when the browser prompt is declined', async () => {
    const permissions = fakePermissions([]);
    permissions.accept = false;
    await show(permissions);
    await click(radio('所有网站'));
    expect(permissions.requests).toEqual([[ALL_SITES]]);
    expect(radio('所有网站').checked).toBe(false);
    expect(radio('仅我启用的网站').checked).toBe(true);
    expect(status()).toContain('没有任何改动');
  });

  it('shows a browser error as a status instead of an unhandled rejection', async () => {
    const permissions = fakePermissions([]);
    permissions.failWith = new Error('Permissions may only be requested during a user gesture');
    await show(permissions);
    await click(radio('所有网站'));
    expect(status()).toContain('未能更改网站访问：Permissions may only be requested during a user gesture');
  });

  it('lists enabled sites by label, removes one with 移除, and follows removals made elsewhere', async () => {
    const permissions = fakePermissions(['http://127.0.0.1/*', '*://oa.example.gov.cn/*', 'file:///*']);
    await show(permissions);
    const items = () => [...siteList().querySelectorAll('li')].map((li) => li.querySelector('.site')!.textContent);
    expect(items()).toEqual(['本机文件', 'http://127.0.0.1', 'oa.example.gov.cn']);
    expect(siteList().textContent).toContain('允许访问文件网址');

    await click(button('移除 oa.example.gov.cn'));
    expect(permissions.removals).toEqual([['*://oa.example.gov.cn/*']]);
    expect(items()).toEqual(['本机文件', 'http://127.0.0.1']);

    await act(async () => permissions.withdraw('http://127.0.0.1/*'));
    await settle();
    expect(items()).toEqual(['本机文件']);

    view.remount();
    expect(permissions.listeners).toBe(0);
  });

  it('says so when no site is enabled on its own', async () => {
    await show(fakePermissions([]));
    expect(siteList().children).toHaveLength(0);
    expect(view.container.textContent).toContain('还没有单独启用的网站');
  });

  it.each([
    ['', '请输入网站地址'],
    ['ftp://files.example.gov.cn', '「ftp://files.example.gov.cn」不是网页地址：只能启用以 http:// 或 https:// 开头的网站'],
    ['oa example', '「oa example」不是有效的网站地址，例如 oa.example.gov.cn'],
  ])('rejects %j with a message and asks the browser nothing', async (typed, message) => {
    const permissions = fakePermissions([]);
    await show(permissions);
    await typeSite(typed);
    expect(view.container.querySelector('[role="alert"]')!.textContent).toContain(message);
    expect(permissions.requests).toEqual([]);
  });

  it('enables a pasted address as its site and lists it', async () => {
    const permissions = fakePermissions([]);
    await show(permissions);
    await typeSite('https://OA.Example.gov.cn:8443/x?y');
    expect(permissions.requests).toEqual([['https://oa.example.gov.cn/*']]);
    expect(siteList().textContent).toContain('https://oa.example.gov.cn');
    expect(status()).toContain('已在 https://oa.example.gov.cn 启用评阅');
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('asks for exactly the sites the context menu passed, in one request, and only single sites', async () => {
    const permissions = fakePermissions([]);
    const asked = ['http://127.0.0.1/*', 'https://oa.example.gov.cn/*'];
    await show(permissions, siteAccessPageHash([...asked, ALL_SITES]));
    const box = [...view.container.querySelectorAll('[role="group"]')].find((g) => g.textContent?.startsWith('在以下网站启用评阅？'))!;
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['http://127.0.0.1', 'https://oa.example.gov.cn']);

    await click(button('启用', box));
    expect(permissions.requests).toEqual([asked]);
    expect(view.container.textContent).not.toContain('在以下网站启用评阅？');
  });

  it('speaks English when the browser does', async () => {
    await show(fakePermissions(['*://oa.example.gov.cn/*']), '', 'en');
    expect(radio('All sites').checked).toBe(false);
    expect(radio('Only sites I enable').checked).toBe(true);
    button('Remove oa.example.gov.cn');
    expect(siteList('Enabled sites').textContent).toContain('oa.example.gov.cn');
  });
});
