import { describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  contentScriptMatches,
  isCoveredBy,
  parseSiteInput,
  siteAccessOf,
  siteLabel,
  sitePatternOfUrl,
  sitePatternsOfUrls,
} from '@/lib/site-access/site-pattern';

describe('sitePatternOfUrl', () => {
  it('takes the scheme and host of a page, for every path and port', () => {
    expect(sitePatternOfUrl('https://oa.example.gov.cn:8443/review/7?token=abc#p2')).toBe('https://oa.example.gov.cn/*');
    expect(sitePatternOfUrl('http://127.0.0.1:5173/report.html')).toBe('http://127.0.0.1/*');
    expect(sitePatternOfUrl('file:///home/reviewer/report.html')).toBe('file:///*');
  });

  it('has no pattern for pages no content script may enter', () => {
    for (const url of ['chrome://extensions/', 'chrome-extension://abc/options.html', 'about:blank', 'data:text/html,x', 'not a url', undefined]) {
      expect(sitePatternOfUrl(url)).toBeNull();
    }
  });

  it('asks for the page and the frame of a right-click, once each', () => {
    expect(sitePatternsOfUrls(['https://oa.example.gov.cn/a', 'https://viewer.example.gov.cn/pdf?id=1'])).toEqual([
      'https://oa.example.gov.cn/*',
      'https://viewer.example.gov.cn/*',
    ]);
    expect(sitePatternsOfUrls(['https://oa.example.gov.cn/a', 'https://oa.example.gov.cn/frame', undefined])).toEqual(['https://oa.example.gov.cn/*']);
  });
});

describe('parseSiteInput', () => {
  it('reads a typed host as both http and https', () => {
    expect(parseSiteInput('  oa.example.gov.cn ')).toEqual({ ok: true, pattern: '*://oa.example.gov.cn/*' });
    expect(parseSiteInput('10.1.2.3:8080')).toEqual({ ok: true, pattern: '*://10.1.2.3/*' });
  });

  it('keeps the scheme of a pasted address and drops port, path, query and case', () => {
    expect(parseSiteInput('https://OA.Example.gov.cn:8443/x?y=1#z')).toEqual({ ok: true, pattern: 'https://oa.example.gov.cn/*' });
  });

  it('takes *.domain for every subdomain and turns Chinese domain names into their ASCII form', () => {
    expect(parseSiteInput('*.example.gov.cn')).toEqual({ ok: true, pattern: '*://*.example.gov.cn/*' });
    expect(parseSiteInput('党建.中国')).toEqual({ ok: true, pattern: '*://xn--n5qz54a.xn--fiqs8s/*' });
  });

  it('says what is wrong with bad input', () => {
    expect(parseSiteInput('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseSiteInput('ftp://files.example.cn')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseSiteInput('chrome://settings')).toEqual({ ok: false, problem: 'scheme' });
    for (const bad of ['oa example', 'oa..example.cn', '-oa.example.cn', 'a_b.example.cn', '*.']) {
      expect(parseSiteInput(bad), bad).toEqual({ ok: false, problem: 'host' });
    }
  });
});

describe('siteAccessOf', () => {
  it('reads the granted origins as the two modes', () => {
    expect(siteAccessOf([ALL_SITES, 'http://127.0.0.1/*'])).toEqual({ allSites: true, sites: ['http://127.0.0.1/*'] });
    const sites = siteAccessOf(['*://oa.example.gov.cn/*', 'http://127.0.0.1/*']);
    expect(sites.allSites).toBe(false);
    expect(sites.sites.map(siteLabel)).toEqual(['http://127.0.0.1', 'oa.example.gov.cn']);
    expect(siteAccessOf(undefined)).toEqual({ allSites: false, sites: [] });
  });

  it('registers the content script for everything granted, and for nothing when nothing is', () => {
    expect(contentScriptMatches(siteAccessOf([ALL_SITES, 'http://127.0.0.1/*']))).toEqual([ALL_SITES]);
    expect(contentScriptMatches(siteAccessOf(['http://127.0.0.1/*']))).toEqual(['http://127.0.0.1/*']);
    expect(contentScriptMatches(siteAccessOf([]))).toEqual([]);
  });

  it('labels patterns as a reviewer typed them', () => {
    expect(siteLabel('*://*.example.gov.cn/*')).toBe('*.example.gov.cn');
    expect(siteLabel('https://oa.example.gov.cn/*')).toBe('https://oa.example.gov.cn');
    expect(siteLabel('file:///*')).toBe('file:///*');
  });
});

describe('isCoveredBy', () => {
  it('knows a page is covered by the pattern a typed site was granted as', () => {
    expect(isCoveredBy(['*://oa.example.gov.cn/*'], 'https://oa.example.gov.cn:8443/review')).toBe(true);
    expect(isCoveredBy(['*://oa.example.gov.cn/*'], 'http://oa.example.gov.cn/')).toBe(true);
    expect(isCoveredBy(['https://oa.example.gov.cn/*'], 'http://oa.example.gov.cn/')).toBe(false);
  });

  it('covers subdomains only with *., local files only with file:///*', () => {
    expect(isCoveredBy(['*://*.example.gov.cn/*'], 'https://viewer.example.gov.cn/pdf')).toBe(true);
    expect(isCoveredBy(['*://*.example.gov.cn/*'], 'https://example.gov.cn.evil.cn/')).toBe(false);
    expect(isCoveredBy(['*://oa.example.gov.cn/*'], 'https://viewer.oa.example.gov.cn/')).toBe(false);
    expect(isCoveredBy(['file:///*'], 'file:///home/r/report.html')).toBe(true);
    expect(isCoveredBy(['<all_urls>'], 'https://any.example/')).toBe(true);
    expect(isCoveredBy(['<all_urls>'], 'chrome://settings')).toBe(false);
    expect(isCoveredBy([], 'https://oa.example.gov.cn/')).toBe(false);
  });
});
