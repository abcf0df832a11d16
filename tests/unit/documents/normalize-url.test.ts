import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/lib/documents/normalize-url';

describe('normalizeUrl', () => {
  it('drops volatile parameters, jsessionid and the fragment, and sorts the rest', () => {
    expect(
      normalizeUrl('https://OA.example.cn/doc/view;jsessionid=ABC123?t=1700000000&id=42&Token=x&a=1&_=99#page=3'),
    ).toBe('https://oa.example.cn/doc/view?a=1&id=42');
  });

  it('keeps parameters that identify the document', () => {
    expect(normalizeUrl('https://oa.example.cn/view?fileId=7')).not.toBe(normalizeUrl('https://oa.example.cn/view?fileId=8'));
  });

  it('treats URLs that differ only in session data as equal', () => {
    expect(normalizeUrl('https://oa.example.cn/v?id=1&sid=aa&ticket=st-1')).toBe(
      normalizeUrl('https://oa.example.cn/v?timestamp=5&id=1&random=0.3'),
    );
  });

  it('passes through strings that are not absolute URLs, minus the fragment', () => {
    expect(normalizeUrl('about:srcdoc#x')).toBe('about:srcdoc');
    expect(normalizeUrl('not a url#frag')).toBe('not a url');
  });
});
