import { describe, expect, it } from 'vitest';
import { enableSiteFromMenu } from '@/lib/background/enable-site';
import { siteAccessPageHash } from '@/lib/site-access/site-access-page';

function fakeApi(request: (origins: string[]) => Promise<boolean>) {
  const asked: string[][] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    api: {
      permissions: { request: ({ origins }: { origins: string[] }) => (asked.push(origins), request(origins)) },
      openOptions: async (hash: string) => void opened.push(hash),
    },
  };
}

describe('在此网站启用评阅 from the context menu', () => {
  it('asks for the page and the frame the reviewer right-clicked', async () => {
    const { api, asked, opened } = fakeApi(async () => true);
    const outcome = await enableSiteFromMenu({ pageUrl: 'https://oa.example.gov.cn/r/7', frameUrl: 'https://viewer.example.gov.cn/pdf' }, api);
    expect(outcome).toBe('granted');
    expect(asked).toEqual([['https://oa.example.gov.cn/*', 'https://viewer.example.gov.cn/*']]);
    expect(opened).toEqual([]);
  });

  it('reports a refusal without opening anything', async () => {
    const { api, opened } = fakeApi(async () => false);
    expect(await enableSiteFromMenu({ pageUrl: 'http://127.0.0.1/report.html' }, api)).toBe('declined');
    expect(opened).toEqual([]);
  });

  it('sends the reviewer to the options page when the browser will not prompt from the background', async () => {
    const { api, opened } = fakeApi(async () => {
      throw new Error('This function must be called during a user gesture');
    });
    expect(await enableSiteFromMenu({ pageUrl: 'http://127.0.0.1/report.html' }, api)).toBe('asked-in-options');
    expect(opened).toEqual([siteAccessPageHash(['http://127.0.0.1/*'])]);
    expect(decodeURIComponent(opened[0]!)).toBe('#site-access?add=http://127.0.0.1/*');
  });

  it('does not ask for pages no content script may enter', async () => {
    const { api, asked } = fakeApi(async () => true);
    expect(await enableSiteFromMenu({ pageUrl: 'chrome://newtab/' }, api)).toBe('not-a-site');
    expect(asked).toEqual([]);
  });
});
