// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteAccessHint, type HintTabs } from '@/components/site-access/SiteAccessHint';
import type { SitePermissions } from '@/components/site-access/use-site-access';
import { PANEL_TEXT } from '@/lib/i18n/panel-text';
import { ALL_SITES, siteAccessOf } from '@/lib/site-access/site-pattern';
import { mountPerTest, settle } from '../react-root';

const NO_TEXT = 'NO_TEXT_ON_THIS_PAGE';

/** Records what the hint asks the browser; the prompt answers `accept`. */
function fakeBrowserApis(tabUrl: string | undefined, accept = true) {
  const requests: string[][] = [];
  const opened: string[] = [];
  let tabLookups = 0;
  const permissions: SitePermissions = {
    getAll: async () => ({ origins: [] }),
    request: async ({ origins }) => (requests.push(origins), accept),
    remove: async () => true,
    onAdded: { addListener: () => {}, removeListener: () => {} },
    onRemoved: { addListener: () => {}, removeListener: () => {} },
  };
  const tabs: HintTabs = {
    // Without host access for the tab the browser leaves `url` out.
    get: async () => (tabLookups++, tabUrl === undefined ? {} : { url: tabUrl }),
    create: async ({ url }) => void opened.push(url),
  };
  return { requests, opened, permissions, tabs, tabLookups: () => tabLookups };
}

const view = mountPerTest();

beforeEach(() => {
  fakeBrowser.reset();
});

async function show(granted: string[], apis: ReturnType<typeof fakeBrowserApis>) {
  await act(async () =>
    view.root.render(
      <SiteAccessHint
        tabId={7}
        access={siteAccessOf(granted)}
        text={PANEL_TEXT.zh}
        fallback={<p>{NO_TEXT}</p>}
        permissions={apis.permissions}
        tabs={apis.tabs}
      />,
    ),
  );
  await settle();
}
const buttons = () => [...view.container.querySelectorAll('button')].map((b) => b.textContent);
async function click(name: string) {
  const button = [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(async () => button.click());
  await settle();
}

describe('SiteAccessHint', () => {
  it('says Pingyue is not running when the tab address is hidden, and offers all sites and the settings', async () => {
    const apis = fakeBrowserApis(undefined);
    await show(['http://127.0.0.1/*'], apis);
    expect(view.container.querySelector('h2')!.textContent).toBe('评阅没有在此网站运行');
    expect(view.container.textContent).toContain('在此网站启用评阅');
    expect(view.container.textContent).not.toContain(NO_TEXT);
    expect(buttons()).toEqual(['在所有网站启用', '管理网站']);

    await click('在所有网站启用');
    expect(apis.requests).toEqual([[ALL_SITES]]);
    await click('管理网站');
    expect(apis.opened).toEqual(['chrome-extension://test-extension-id/options.html#site-access']);
  });

  it('offers to enable the site of a known address that is not enabled', async () => {
    const apis = fakeBrowserApis('http://127.0.0.1:8080/report.html');
    await show([], apis);
    await click('在 http://127.0.0.1 启用');
    expect(apis.requests).toEqual([['http://127.0.0.1/*']]);
  });

  it('says nothing changed when the browser prompt is declined', async () => {
    const apis = fakeBrowserApis(undefined, false);
    await show([], apis);
    await click('在所有网站启用');
    expect(view.container.querySelector('[role="status"]')!.textContent).toContain('没有任何改动');
  });

  it.each([
    ['the exact site', 'http://127.0.0.1/*', 'http://127.0.0.1:8080/report.html'],
    ['both schemes', '*://oa.example.gov.cn/*', 'https://oa.example.gov.cn/review?id=7'],
    ['its subdomains', '*://*.example.gov.cn/*', 'https://oa.example.gov.cn/review?id=7'],
  ])('shows the usual text when the page is enabled through %s (no report text there)', async (_, granted, url) => {
    await show([granted], fakeBrowserApis(url));
    expect(view.container.textContent).toBe(NO_TEXT);
  });

  it('shows the usual text when the tab closed meanwhile', async () => {
    const apis = fakeBrowserApis(undefined);
    apis.tabs.get = async () => {
      throw new Error('No tab with id: 7.');
    };
    await show([], apis);
    expect(view.container.textContent).toBe(NO_TEXT);
  });

  it('shows the usual text in the 所有网站 mode without looking at the tab', async () => {
    const apis = fakeBrowserApis(undefined);
    await show([ALL_SITES], apis);
    expect(view.container.textContent).toBe(NO_TEXT);
    expect(apis.tabLookups()).toBe(0);
  });
});
