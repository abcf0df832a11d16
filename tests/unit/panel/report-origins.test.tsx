// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportOrigins } from '@/components/panel/ReportOrigins';
import { OriginConsentNotice, pageLoadKey } from '@/components/panel/OriginConsentNotice';
import { ReportSitesSection } from '@/components/options/ReportSitesSection';
import { ORIGIN_TEXT } from '@/lib/i18n/origin-text';
import { PANEL_TEXT } from '@/lib/i18n/panel-text';
import type { PingyueDB } from '@/lib/db';
import type { FrameDocument } from '@/lib/schema';
import { freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';
import { mountPerTest, settle } from '../react-root';

const view = mountPerTest();
const EXTENSION = 'chrome-extension://pingyue-id';
const buttons = () => [...view.container.querySelectorAll('button')];
const button = (name: string) => buttons().find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

describe('ReportOrigins (panel)', () => {
  it('lists the report’s sites with the current page’s first and marked; 移除 asks, then withdraws only that site', async () => {
    const remove = vi.fn(async () => undefined);
    await act(async () =>
      view.root.render(<ReportOrigins origins={['https://a.example', 'https://oa.example.cn', EXTENSION]} currentOrigin="https://oa.example.cn" extensionOrigin={EXTENSION} text={ORIGIN_TEXT.zh} onRemove={remove} />),
    );
    expect(view.container.querySelector('summary')!.textContent).toBe('在 3 个网站显示批注');
    const items = [...view.container.querySelectorAll('[data-testid="report-origin"]')];
    expect(items.map((li) => li.querySelector('.site')!.textContent)).toEqual(['https://oa.example.cn', 'https://a.example', '评阅阅读器（本机文件）']);
    expect(items[0]!.getAttribute('aria-current')).toBe('page');
    expect(items[0]!.textContent).toContain('当前页面');
    expect(items[1]!.hasAttribute('aria-current')).toBe(false);

    await act(async () => button('移除 https://a.example：不再在此网站显示本报告的批注').click());
    expect(view.container.querySelector('[role="group"]')!.textContent).toContain('不再在 https://a.example 显示本报告的批注？该网站上的标记会立即消失，批注不会删除。');
    expect(remove).not.toHaveBeenCalled();
    await act(async () => button('取消').click());
    expect(view.container.querySelector('[role="group"]')).toBeNull();
    await act(async () => button('移除 https://a.example：不再在此网站显示本报告的批注').click());
    await act(async () => button('确认移除').click());
    expect(remove).toHaveBeenCalledWith('https://a.example');
  });
});

describe('OriginConsentNotice', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('consent-notice');
  });
  afterEach(() => env.dispose());
  const frame = (senderDocumentId: string): FrameDocument => ({
    frameId: 0, senderDocumentId, documentId: null, awaitingConsent: { documentId: 'zhang', origin: 'https://evil.example' }, url: 'https://evil.example/copy', title: '', textLength: 10, page: undefined as never,
  });
  const render = (frames: FrameDocument[], withdrawn: ReadonlySet<string>, onShow = vi.fn(async () => undefined)) =>
    act(async () =>
      view.root.render(<OriginConsentNotice db={env.db} frames={frames} text={PANEL_TEXT.zh} originText={ORIGIN_TEXT.zh} extensionOrigin={EXTENSION} withdrawn={withdrawn} onShow={onShow} />),
    );

  it('不显示 holds for the page load; the page loaded again asks again', async () => {
    await render([frame('load-1')], new Set());
    expect(view.container.querySelector('[data-testid="origin-consent"]')!.textContent).toContain('本报告也出现在 https://evil.example，显示批注？');
    await act(async () => button('不显示').click());
    expect(view.container.querySelector('[data-testid="origin-consent"]')).toBeNull();
    await render([frame('load-2')], new Set());
    expect(view.container.querySelector('[data-testid="origin-consent"]')).not.toBeNull();
  });

  it('a withdrawal made here is said, with 撤销, for that page load only', async () => {
    const show = vi.fn(async () => undefined);
    const here = new Set([pageLoadKey(frame('load-1'), { documentId: 'zhang', origin: 'https://evil.example' })]);
    await render([frame('load-1')], here, show);
    expect(view.container.querySelector('[data-testid="origin-consent"]')).toBeNull();
    expect(view.container.querySelector('[data-testid="origin-withdrawn"]')!.textContent).toContain('已不在 https://evil.example 显示本报告的批注。刷新或再次打开此页面时会再次询问。');
    await act(async () => button('撤销').click());
    expect(show).toHaveBeenCalled();
    await render([frame('load-2')], here, show);
    expect(view.container.querySelector('[data-testid="origin-withdrawn"]')).toBeNull();
    expect(view.container.querySelector('[data-testid="origin-consent"]')).not.toBeNull();
  });
});

describe('ReportSitesSection (options)', () => {
  let db: PingyueDB;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    fakeBrowser.reset();
    ({ db, dispose } = freshDb('report-sites'));
    await seedSample(db);
    const [zhang, li] = await db.documents.toArray();
    await db.documents.update(zhang!.id, { origins: ['https://oa.example.cn', 'https://b.example'] });
    await db.documents.update(li!.id, { origins: ['https://oa.example.cn'] });
  });
  afterEach(() => dispose());

  it('lists each site with its reports; 不再在此网站显示批注 asks, then withdraws the site from every report through the background', async () => {
    const sent = vi.fn(async (message: { documentId: string | null }) => ({ ok: true, value: message.documentId === null ? ['a', 'b'] : ['a'] }));
    (browser.runtime as unknown as { sendMessage: typeof sent }).sendMessage = sent;
    const status = vi.fn();
    await act(async () => view.root.render(<ReportSitesSection db={db} text={ORIGIN_TEXT.zh} onStatus={status} />));
    const listed = () => [...view.container.querySelectorAll('[data-testid="report-site"]')];
    // A live query: under load it takes more than one settle.
    await vi.waitFor(async () => {
      await settle(50);
      expect(listed().map((s) => [s.querySelector('.site')!.textContent, s.querySelectorAll('[data-testid="site-report"]').length])).toEqual([
        ['https://b.example', 1],
        ['https://oa.example.cn', 2],
      ]);
    });
    const sites = listed();
    await act(async () => button('不再在 https://oa.example.cn 显示任何报告的批注').click());
    expect(view.container.querySelector('[data-testid="site-confirm"]')!.textContent).toContain('不再在 https://oa.example.cn 显示这 2 份报告的批注？');
    expect(sent).not.toHaveBeenCalled();
    await act(async () => button('确认移除').click());
    expect(sent).toHaveBeenCalledWith({ type: 'origin/withdraw', origin: 'https://oa.example.cn', documentId: null });
    expect(status).toHaveBeenCalledWith({ kind: 'info', message: '已不在 https://oa.example.cn 显示 2 份报告的批注。' });

    const title = sites[0]!.querySelector('[data-testid="site-report"] span')!.textContent!;
    await act(async () => button(`不再在 https://b.example 显示「${title}」的批注`).click());
    await act(async () => button('确认移除').click());
    expect(sent).toHaveBeenLastCalledWith({ type: 'origin/withdraw', origin: 'https://b.example', documentId: expect.any(String) });
  });
});
