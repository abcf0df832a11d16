import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleset } from '@/lib/checker/compile';
import { EntryScan } from '@/lib/checker/entry-scan';
import { firstChars, leadingPairs, secondPairs } from '@/lib/checker/first-chars';
import { defaultRuleset } from '@/lib/checker';

/** What one global RegExp of the alternation finds: [start, end, entry] for every hit, as the checker read it before. */
function byRegExp(sources: readonly string[], text: string): [number, number, number][] {
  const re = new RegExp(sources.map((s) => `(${s})`).join('|'), 'g');
  // The group that wraps each entry, counting the groups the entries hold themselves.
  const firstGroup = sources.map((_, i) => 1 + sources.slice(0, i).reduce((n, s) => n + new RegExp(`(${s})|`).exec('')!.length - 1, 0));
  const out: [number, number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    out.push([m.index, m.index + m[0].length, firstGroup.findIndex((g) => m[g] !== undefined)]);
  }
  return out;
}

function byEntryScan(sources: readonly string[] | EntryScan, text: string): [number, number, number][] {
  const scan = sources instanceof EntryScan ? sources : new EntryScan(sources);
  const out: [number, number, number][] = [];
  for (let from = 0; scan.next(text, from); from = scan.after()) out.push([scan.start, scan.end, scan.entry]);
  return out;
}

const compiled = compileRuleset(defaultRuleset);
/** The checker's own scans: section cues, numbering, heading titles, each rule's exceptions/always/triggers, placeholders. */
const rulesetScans = [compiled.cueScan, compiled.markers, compiled.titleScan, ...compiled.sentenceRules.map((r) => r.scan), compiled.placeholderScan];

/** Report-like text made of the words those scans look for, their near misses, numbers and marks. */
const pieces = [
  '部分', '个别谈话', '有的', '不够', '不够到位', '较弱', '进一步', '加强', '提升', '完善', '一是', '二、', '（三）', '3.', '3.5', '①',
  '【', '】', '在肯定成绩的同时', '仍然存在着不少问题', '究其原因', '下一步，', '为此，', '明年，', '2024年以来', '问题', '原因', '措施',
  '取得了一定成绩', '但', '差距', '客观上', '任务繁重', '主观上', '荣获', '全年', '已完成', '东岭村', '3个', '十二名', 'X万元', '**',
  'xx', 'XX', '××', '*', '20XX年', '3×4', '《X日报》', '**社区', '注：*', '全镇 个', ' %以上', '党建+X',
  '，', '。', '；', '：', '\n', ' ', '　', 'a', '述职报告', '现将', '存在的问题', '整改措施', '第一部分', '## ', '我们将', '力争',
];
const reportText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

describe('EntryScan: hits without a match array each', () => {
  it('finds what one RegExp of the alternation finds, for every scan of the default ruleset', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        for (const scan of rulesetScans) expect(byEntryScan(scan, text)).toEqual(byRegExp(scan.sources, text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads the first characters of every default scan, so none falls back to the whole RegExp', () => {
    for (const scan of rulesetScans) for (const source of scan.sources) expect(firstChars(source), source.slice(0, 40)).not.toBeNull();
  });

  it('takes the first entry that matches at the leftmost place, as an alternation does', () => {
    expect(byEntryScan(['不够', '不够到位', '到位'], '工作不够到位。')).toEqual([[2, 4, 0], [4, 6, 2]]);
    expect(byEntryScan(['到位', '不够'], '不够到位')).toEqual([[0, 2, 1], [2, 4, 0]]);
  });

  it('sees the whole text around a hit: lookbehinds, lookaheads and anchors', () => {
    const sources = ['(?<=本人)不足', '不足(?=[，。])', '^报告', '如下$'];
    const text = '报告：本人不足，经费不足。汇报如下';
    expect(byEntryScan(sources, text)).toEqual(byRegExp(sources, text));
    expect(byEntryScan(sources, text).map(([, , e]) => e)).toEqual([2, 0, 1, 3]);
  });

  it('gives the same hits where first characters cannot be read or are too many (any, any Han, empty matches)', () => {
    for (const sources of [['.问题', '不足'], ['[^，]{2}原因', '原因'], ['[\\u4e00-\\u9fa5]{2}村', '问题'], ['x*', '问题'], ['(?:)', '问'], ['(a)\\1', '问题']]) {
      const text = '存在问题，分析原因。aa问题';
      expect(byEntryScan(sources, text)).toEqual(byRegExp(sources, text));
    }
  });

  it('filters by the first two characters without losing a hit: repeats, optional pieces, one-character matches, the text end', () => {
    const sources = ['a+b', 'x?y', '(?:ab|c)d?', '[0-9]{1,2}、', '问(?=题)', '不(?:够|足)?', 'a{2}', '(?:d|)z', '(?<=a)b+c', 'y\\b', '[^a-z0-9问题、]{2}'];
    const text = fc.array(fc.constantFrom(...'abcdxyz09、问题不够足 '), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.subarray(sources, { minLength: 1 }), text, (picked, t) => {
        expect(byEntryScan(picked, t)).toEqual(byRegExp(picked, t));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('filters by the second and third characters without losing a hit: repeats, optional pieces, short matches, the text end', () => {
    const sources = ['abc', 'a(?:bc|d)', 'ab?c', '(?:ab)+c', 'a[0-9]{2,}', 'a(?:b|)(?:c|)d', '[0-9]{4}年', '(?:a|)bcd', 'a.c', 'b(?=cd)', 'ca*b', '(?:a{2}|b)c'];
    const text = fc.array(fc.constantFrom(...'abcd0129年 '), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.subarray(sources, { minLength: 1 }), text, (picked, t) => {
        expect(byEntryScan(picked, t)).toEqual(byRegExp(picked, t));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads the second and third characters: 主要是 cannot start 主要原因', () => {
    const admits = (source: string, pair: string) => {
      const mid = secondPairs(source)!;
      const has = (chars: readonly (readonly [number, number])[] | null, ch: string) =>
        chars === null || chars.some(([from, to]) => ch.charCodeAt(0) >= from && ch.charCodeAt(0) <= to);
      return pair.length === 1 ? has(mid.second, pair) : mid.pairs.some(([a, b]) => has(a, pair[0]!) && has(b, pair[1]!));
    };
    expect(admits('主观上|主要原因', '要原')).toBe(true);
    expect(admits('主观上|主要原因', '要是')).toBe(false);
    expect(admits('[0-9]{4}年', '12')).toBe(true);
    expect(admits('[0-9]{4}年', '5岁')).toBe(false);
    expect(admits('(?:主要)?原因', '因')).toBe(true);
    expect(admits('本人(?:将|打算)', '人将')).toBe(true);
    expect(admits('本人(?:将|打算)', '人抓')).toBe(false);
  });

  it('finds in a slice what it finds in the slice alone, reading the characters from the whole text', () => {
    fc.assert(
      fc.property(reportText, fc.nat(), fc.nat(), (text, a, b) => {
        const base = text.length ? a % text.length : 0;
        const slice = text.slice(base, base + (b % (text.length - base + 1)));
        for (const scan of rulesetScans) {
          const hits: [number, number, number][] = [];
          for (let from = 0; scan.nextInSlice(text, base, slice, from); from = scan.after()) hits.push([scan.start, scan.end, scan.entry]);
          expect(hits).toEqual(byEntryScan(scan, slice));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('finds a hit only where it starts inside [from, to): a sticky test at one place', () => {
    const scan = new EntryScan(['一、', '（一）', '1\\.']);
    expect(scan.next('二、一、（一）', 1, 2)).toBe(false);
    expect(scan.next('二、一、（一）', 2, 3)).toBe(true);
    expect([scan.start, scan.end, scan.entry]).toEqual([2, 4, 0]);
    expect(scan.next('二、一、（一）', 4, 5)).toBe(true);
    expect(scan.entry).toBe(1);
  });
});

describe('firstChars', () => {
  const admits = (source: string, ch: string) =>
    firstChars(source)!.some(([from, to]) => ch.charCodeAt(0) >= from && ch.charCodeAt(0) <= to);

  it('reads literals, classes, escapes, optional and zero-width pieces', () => {
    expect(admits('进一步|加强', '进')).toBe(true);
    expect(admits('进一步|加强', '加')).toBe(true);
    expect(admits('进一步|加强', '一')).toBe(false);
    expect(admits('(?:主要)?原因', '原')).toBe(true);
    expect(admits('(?:主要)?原因', '主')).toBe(true);
    expect(admits('[0-9０-９]{1,2}[、．]', '７')).toBe(true);
    expect(admits('\\d+个', '5')).toBe(true);
    expect(admits('(?<![第])[一二三]个', '三')).toBe(true);
    expect(admits('(?=部分)部', '部')).toBe(true);
    expect(admits('\\u4e00-|x', '一')).toBe(true);
    expect(admits('#{1,6}\\s', '#')).toBe(true);
  });

  it('reads negated classes and class escapes as what they leave out', () => {
    expect(admits('[^\\S\\n]{2}个', ' ')).toBe(true);
    expect(admits('[^\\S\\n]{2}个', '\n')).toBe(false);
    expect(admits('[^\\S\\n]{2}个', '个')).toBe(false);
    expect(admits('[^，]问题', '问')).toBe(true);
    expect(admits('[^，]问题', '，')).toBe(false);
    expect(admits('\\S问题', ' ')).toBe(false);
    expect(admits('[\\Sx]', '问')).toBe(true);
    expect(admits('[^]x]|y', 'x')).toBe(true); // [^] is any character, as in JS
  });

  it('reads the first two characters: pairs for longer matches, one-character matches apart', () => {
    const admits = (source: string, pair: string) => {
      const lead = leadingPairs(source)!;
      const has = (chars: readonly (readonly [number, number])[] | null, ch: string) =>
        chars === null || chars.some(([from, to]) => ch.charCodeAt(0) >= from && ch.charCodeAt(0) <= to);
      return pair.length === 1 ? has(lead.one, pair) : lead.pairs.some(([a, b]) => has(a, pair[0]!) && has(b, pair[1]!));
    };
    expect(admits('主观上|主要原因', '主观')).toBe(true);
    expect(admits('主观上|主要原因', '主任')).toBe(false);
    expect(admits('(?:主要)?原因', '原因')).toBe(true);
    expect(admits('[0-9]{1,2}、', '12')).toBe(true);
    expect(admits('[0-9]{1,2}、', '1、')).toBe(true);
    expect(admits('[0-9]{1,2}、', '1年')).toBe(false);
    expect(admits('(?=部分)部(?:分)?', '部')).toBe(true);
    expect(admits('不(?:够|足)', '不')).toBe(false);
    expect(admits('[^\\S\\n]*[XＸ]', ' X')).toBe(true);
  });

  it('gives up where a match could start anywhere or be empty', () => {
    for (const source of ['.个', '问题?|x*', '(a)\\1', '(?:)', '(?!)', '\\p{L}']) expect(firstChars(source), source).toBeNull();
  });
});
