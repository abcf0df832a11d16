import { describe, expect, it } from 'vitest';
import { openableReportUrl } from '@/lib/library/report-link';

describe('openableReportUrl', () => {
  it('opens http and https report URLs', () => {
    expect(openableReportUrl('https://oa.example.gov/report?id=1')).toBe('https://oa.example.gov/report?id=1');
    expect(openableReportUrl('http://10.0.0.5:8080/r/1#p2')).toBe('http://10.0.0.5:8080/r/1#p2');
    expect(openableReportUrl('HTTPS://OA.example.gov/a')).toBe('https://oa.example.gov/a');
  });

  it.each([
    'data:text/html,<form action=https://evil.example>登录</form>',
    'file:///C:/Users/reviewer/Documents/述职.docx',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'blob:https://oa.example.gov/1234',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html#site-access?add=https://evil.example/*',
    'moz-extension://0d9b8a4e-1111-2222-3333-444455556666/options.html',
    'about:blank',
    'vbscript:msgbox(1)',
    'ftp://files.example.gov/r.pdf',
    '',
    'not a url',
    '//evil.example/r',
  ])('shows %j as text', (url) => {
    expect(openableReportUrl(url)).toBeNull();
  });
});
