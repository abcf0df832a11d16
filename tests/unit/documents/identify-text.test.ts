import { describe, expect, it } from 'vitest';
import { PageIdentity } from '@/lib/schema';
import { IdentityStream, identifyText, identifyTextInSlices } from '@/lib/documents/identify-text';
import { pageIdentity } from '@/lib/documents/page-identity';
import { WINNOW_CAP } from '@/lib/documents/winnow';
import { sketchSimilarity } from '@/lib/documents/match-document';
import { normalizeString } from '@/lib/anchoring/normalize';
import { sha256Hex } from '@/lib/shared/sha256-hex';

const REPORT = [
  '一、主要工作完成情况',
  '本年度，我牵头完成了客户服务平台二期建设，系统上线后平均响应时间由 3.2 秒降至 0.9 秒。',
  '全年组织“安全生产月”专题培训 12 场，覆盖员工 480 人次，未发生一般及以上安全事故。',
  '二、存在的不足',
  '对新业务的调研还不够深入，部分需求评审延期两周，影响了第三季度的交付节奏。',
  '三、下一步工作打算',
  '计划于明年 6 月底前完成数据中台迁移，并建立月度复盘机制，确保问题闭环率达到 95% 以上。',
].join('\n');

/** Deterministic pseudo-random Chinese text, to exercise the sketch on texts that share nothing. */
function randomHan(length: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += String.fromCharCode(0x4e00 + (state >>> 16) % 3000);
  }
  return text;
}

describe('identifyText', () => {
  it('fingerprints a text read in pieces with the SHA-256 Web Crypto gives its normalised text (stored fingerprints stay valid)', async () => {
    const long = `${REPORT}😀\n`.repeat(400);
    const { fingerprint } = await identifyTextInSlices(long, () => false, async () => () => false);
    expect(fingerprint).toBe(await sha256Hex(normalizeString(long)));
  });

  it('produces a schema-valid identity', async () => {
    const identity = await identifyText(REPORT);
    expect(() => PageIdentity.parse(pageIdentity(identity, { url: 'https://oa.example/r/1', title: 't', complete: true }))).not.toThrow();
    expect(identity.sketch).toHaveLength(64);
    expect(identity.textLength).toBeLessThan(REPORT.length); // whitespace removed
  });

  it('gives the same fingerprint to the same report in viewers that disagree on spaces and width', async () => {
    const pdfLike = REPORT.replace(/([\u4e00-\u9fff])/g, '$1 ').replace(/3\.2/g, '３．２').replace(/“|”/g, '"');
    const a = await identifyText(REPORT);
    const b = await identifyText(pdfLike);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.sketch).toEqual(a.sketch);
  });

  it('changes the fingerprint but keeps the sketch close after a small edit', async () => {
    const long = REPORT.repeat(3) + randomHan(3000, 7);
    const edited = long.replace('部分需求评审延期两周', '部分需求评审延期三周');
    const a = await identifyText(long);
    const b = await identifyText(edited);
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(sketchSimilarity(a.sketch, b.sketch)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps unrelated texts far apart', async () => {
    const a = await identifyText(randomHan(5000, 1));
    const b = await identifyText(randomHan(5000, 2));
    expect(sketchSimilarity(a.sketch, b.sketch)).toBeLessThan(0.2);
  });

  it('handles text shorter than one shingle', async () => {
    const identity = await identifyText(' 好 ');
    expect(identity.sketch).toEqual([]);
    expect(identity.textLength).toBe(1);
  });

  // The generous timeout is for a machine under load; speed is measured by `npm run bench`.
  it('identifies 1 MB of text with a full sketch and a capped winnow, the same every time (speed: npm run bench)', { timeout: 30_000 }, async () => {
    const text = randomHan(1_000_000, 3);
    const first = await identifyText(text);
    expect(first.sketch).toHaveLength(64);
    expect(first.winnow).toHaveLength(WINNOW_CAP);
    expect(await identifyText(text)).toEqual(first);
    expect((await identifyText(`${text}改`)).fingerprint).not.toBe(first.fingerprint);
  });
});

describe('IdentityStream', () => {
  it('identifies a text read in pieces exactly as in one go, wherever the pieces are cut', async () => {
    const text = `${REPORT}\n附：𠀀𠀁 表情😀与全角ＡＢＣ。\n${REPORT.slice(40)}`;
    const whole = await identifyText(text);
    for (const size of [1, 3, 7, 64]) {
      const stream = new IdentityStream();
      // Cut by UTF-16 units: some cuts fall between the two halves of a surrogate pair.
      for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
      expect(await stream.finish()).toEqual(whole);
    }
  });

  it('identifies texts shorter than a shingle and than a winnow window alike', async () => {
    for (const text of ['', '甲', '甲乙丙丁戊己庚辛壬', '甲乙丙丁戊己庚辛壬癸子丑寅']) {
      const stream = new IdentityStream();
      for (const char of text) stream.push(char);
      expect(await stream.finish()).toEqual(await identifyText(text));
    }
  });
});

describe('identifyTextInSlices', () => {
  it('identifies a long text over several slices as in one go', async () => {
    const text = REPORT.repeat(400);
    let slices = 0;
    const next = async () => {
      slices++;
      return () => false;
    };
    expect(await identifyTextInSlices(text, () => false, next)).toEqual(await identifyText(text));
    expect(slices).toBeGreaterThan(1);
  });
});
