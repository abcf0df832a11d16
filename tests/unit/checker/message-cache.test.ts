import { describe, expect, it } from 'vitest';
import type { Verdict, VerdictView } from '@/lib/checker/rules/judge-sentences';
import { MessageCache } from '@/lib/checker/rules/message-cache';

const view = (words: string[], count = words.length, flags: Partial<VerdictView> = {}): VerdictView => ({
  start: 0,
  end: 10,
  words,
  count,
  always: false,
  hasPlaceholder: false,
  ...flags,
});

describe('MessageCache', () => {
  it('builds a message once per flags and words, and gives it again for the same ones', () => {
    const built: Verdict[] = [];
    const cache = new MessageCache((v) => {
      built.push(v);
      return `${v.always ? '!' : ''}${v.hasPlaceholder ? '*' : ''}${v.words.join('/')}`;
    });
    expect(cache.get(view(['部分', '有待', '不够'], 2))).toBe('部分/有待');
    expect(cache.get(view(['部分', '有待']))).toBe('部分/有待');
    expect(cache.get(view(['部分']))).toBe('部分');
    expect(cache.get(view(['有待', '部分']))).toBe('有待/部分');
    expect(cache.get(view(['部分'], 1, { hasPlaceholder: true }))).toBe('*部分');
    expect(cache.get(view([], 0, { always: true }))).toBe('!');
    expect(cache.get(view(['部分'], 1, { hasPlaceholder: true }))).toBe('*部分');
    expect(built.map((v) => v.words)).toEqual([['部分', '有待'], ['部分'], ['有待', '部分'], ['部分'], []]);
  });

  it('keeps its own copy of the words: the view it was given is reused', () => {
    const cache = new MessageCache((v) => v.words.join('/'));
    const words = ['加强', '提升'];
    expect(cache.get(view(words))).toBe('加强/提升');
    words[1] = '完善';
    expect(cache.get(view(words))).toBe('加强/完善');
    expect(cache.get(view(['加强', '提升']))).toBe('加强/提升');
  });
});
