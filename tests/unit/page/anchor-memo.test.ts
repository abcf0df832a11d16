import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/anchoring/describe';
import { AnchorMemo, anchorKey } from '@/lib/page/anchor-memo';

const TEXT = '一、主要成绩。完成七个社区党组织换届。二、存在问题。部分党员参加组织生活不够经常。';
const anchorOf = (text: string, exact: string) => describeRange(text, text.indexOf(exact), text.indexOf(exact) + exact.length);

describe('AnchorMemo', () => {
  it('answers again from memory while the text is unchanged', () => {
    const memo = new AnchorMemo();
    const anchor = anchorOf(TEXT, '部分党员参加组织生活不够经常');
    const first = memo.resolve(TEXT, 'a1', anchor);
    expect(first).toMatchObject({ status: 'anchored', start: TEXT.indexOf('部分党员') });
    expect(memo.resolve(`${TEXT}`, 'a1', anchor)).toBe(first);
  });

  it('resolves afresh on changed text', () => {
    const memo = new AnchorMemo();
    const anchor = anchorOf(TEXT, '部分党员参加组织生活不够经常');
    memo.resolve(TEXT, 'a1', anchor);
    const edited = `本年度情况如下。${TEXT}`;
    expect(memo.resolve(edited, 'a1', anchor)).toMatchObject({ start: edited.indexOf('部分党员') });
  });

  it('remembers only the last few long texts (a clock ticking on a large page), and short ones as before', () => {
    const memo = new AnchorMemo();
    const longText = (tick: number) => `时间 12:00:${String(tick).padStart(2, '0')}。${TEXT.repeat(600)}`;
    const anchor = anchorOf(longText(0), '完成七个社区党组织换届');
    const short = memo.resolve(TEXT, 's', anchorOf(TEXT, '完成七个社区党组织换届'));
    const first = memo.resolve(longText(0), 'a1', anchor);
    for (let tick = 1; tick <= 5; tick++) memo.resolve(longText(tick), 'a1', anchor);
    const latest = memo.resolve(longText(5), 'a1', anchor);
    expect(memo.resolve(longText(5), 'a1', anchor)).toBe(latest);
    const again = memo.resolve(longText(0), 'a1', anchor);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(memo.resolve(TEXT, 's', anchorOf(TEXT, '完成七个社区党组织换届'))).toBe(short);
  });

  it('keys id-less anchors by their span and quote', () => {
    const a = anchorOf(TEXT, '完成七个社区党组织换届');
    const b = anchorOf(TEXT, '部分党员参加组织生活不够经常');
    expect(anchorKey(a)).not.toBe(anchorKey(b));
    expect(anchorKey(a)).toBe(anchorKey(anchorOf(TEXT, '完成七个社区党组织换届')));
  });
});
