import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/schema';
import { describeRange } from '@/lib/anchoring/describe';
import {
  prepareText,
  resolveAll,
  resolveAnchor,
  SCANS_BEFORE_INDEX,
  type AnchorResult,
} from '@/lib/anchoring/resolve-anchor';

const P1 = '一、工作回顾。今年以来，我带领运维小组完成机房搬迁和网络改造，全年系统可用率达到99.95%，较去年提升0.3个百分点。';
const P2 = '二、主要成绩。牵头编制了《数据安全管理办法》，组织全员培训六次，客户投诉同比下降百分之十八。';
const P3 = '三、存在问题。对新技术的学习还不够系统，部分项目的风险评估流于形式，预算执行偏差较大。';
const P4 = '四、改进措施。明年将建立季度复盘制度，按月跟踪预算执行情况，确保重点项目按期交付。';
const REPORT = [P1, P2, P3, P4].join('\n');

function anchorOn(text: string, quote: string, occurrence = 0): Anchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture does not contain ${quote}`);
  return describeRange(text, start, start + quote.length);
}

/** The raw text a result points at (empty for orphans). */
function landed(text: string, result: AnchorResult): string {
  return result.status === 'orphan' ? '' : text.slice(result.start, result.end);
}

describe('describeRange', () => {
  it('stores quote, 32 characters of context on each side and the position', () => {
    const long = P1 + P2;
    const anchor = anchorOn(long, '牵头编制了');
    expect(anchor.strategy).toBe('pingyue-text/1');
    expect(anchor.quote.exact).toBe('牵头编制了');
    expect(anchor.quote.prefix).toBe(long.slice(anchor.position.start - 32, anchor.position.start));
    expect(anchor.quote.suffix).toBe(long.slice(anchor.position.end, anchor.position.end + 32));
    expect(anchor.position.end - anchor.position.start).toBe(5);
  });

  it('counts only non-whitespace characters of context (pdf.js spacing)', () => {
    const spaced = [...REPORT].join(' ');
    const start = spaced.indexOf('牵');
    const anchor = describeRange(spaced, start, start + 1);
    expect(anchor.quote.prefix.replace(/\s/g, '')).toHaveLength(32);
  });

  it('rejects empty spans', () => {
    expect(() => describeRange(REPORT, 3, 3)).toThrow(RangeError);
  });
});

describe('resolveAnchor', () => {
  it('anchors by position when the text is unchanged', () => {
    const anchor = anchorOn(REPORT, '客户投诉同比下降百分之十八');
    const result = resolveAnchor(prepareText(REPORT), anchor);
    expect(result).toEqual({ status: 'anchored', start: anchor.position.start, end: anchor.position.end, method: 'position' });
  });

  it('finds the quote exactly after text was inserted before it', () => {
    const anchor = anchorOn(REPORT, '部分项目的风险评估流于形式');
    const edited = '（2025年度）' + REPORT.replace('机房搬迁', '机房整体搬迁');
    const result = resolveAnchor(prepareText(edited), anchor);
    expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
    expect(landed(edited, result)).toBe('部分项目的风险评估流于形式');
  });

  it('reports an edit inside the quote as uncertain/fuzzy at the right place', () => {
    const quote = '全年系统可用率达到99.95%，较去年提升0.3个百分点';
    const anchor = anchorOn(REPORT, quote);
    const edited = '前言。' + REPORT.replace('99.95%', '99.97%');
    const result = resolveAnchor(prepareText(edited), anchor);
    expect(result).toMatchObject({ status: 'uncertain', reason: 'fuzzy' });
    expect(landed(edited, result)).toBe('全年系统可用率达到99.97%，较去年提升0.3个百分点');
  });

  it('orphans an annotation whose passage was deleted', () => {
    const quote = '对新技术的学习还不够系统';
    const anchor = anchorOn(REPORT, quote);
    const edited = REPORT.replace(quote + '，', '');
    expect(resolveAnchor(prepareText(edited), anchor)).toEqual({ status: 'orphan' });
  });

  describe('full-width, half-width and spacing variants', () => {
    it('matches full-width letters, digits and punctuation against half-width ones', () => {
      const text = '指标ABC123完成率:99.5%,超出预期。其他内容若干。';
      const anchor = anchorOn(text, 'ABC123完成率:99.5%,超出预期');
      const fullWidth = '新增一段说明。指标ＡＢＣ１２３完成率：９９．５％，超出预期。其他内容若干。';
      const result = resolveAnchor(prepareText(fullWidth), anchor);
      expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
      expect(landed(fullWidth, result)).toBe('ＡＢＣ１２３完成率：９９．５％，超出预期');
    });

    it('unifies curly and straight quotes', () => {
      const text = '开展“安全生产月”活动，效果良好。';
      const anchor = anchorOn(text, '“安全生产月”活动');
      const straight = '开展"安全生产月"活动，效果良好。';
      expect(resolveAnchor(prepareText(straight), anchor)).toMatchObject({ status: 'anchored', method: 'position' });
    });

    it('ignores spaces a pdf.js text layer puts between Han characters', () => {
      const anchor = anchorOn(REPORT, '组织全员培训六次');
      const spaced = [...REPORT].join(' ');
      const result = resolveAnchor(prepareText(spaced), anchor);
      expect(result).toMatchObject({ status: 'anchored' });
      expect(landed(spaced, result)).toBe('组 织 全 员 培 训 六 次');
    });

    it('ignores NBSP, ideographic spaces and zero-width characters', () => {
      const anchor = anchorOn(REPORT, '预算执行偏差较大');
      const noisy = REPORT.replace('预算执行', '预\u00a0算\u3000执\u200b行');
      expect(landed(noisy, resolveAnchor(prepareText(noisy), anchor))).toBe('预\u00a0算\u3000执\u200b行偏差较大');
    });
  });

  describe('repeated boilerplate', () => {
    const BOILERPLATE = '坚持以问题为导向，持续加强制度建设。';
    const text = [
      '第一部分：安全生产。本年度开展隐患排查四十次。' + BOILERPLATE + '整改完成率百分之百。',
      '第二部分：客户服务。满意度调查得分九十二分。' + BOILERPLATE + '投诉处理时长缩短一半。',
    ].join('\n');

    it('finds the copy whose stored context is intact after text moved', () => {
      const anchor = anchorOn(text, BOILERPLATE, 1);
      const edited = '说明：本报告已修订。\n' + text;
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result).toMatchObject({ status: 'anchored', method: 'exact' });
      if (result.status !== 'anchored') throw new Error('unreachable');
      expect(result.start).toBe(edited.lastIndexOf(BOILERPLATE));
    });

    it('uses the context to pick the right one of two identical sentences when the context was edited', () => {
      const anchor = anchorOn(text, BOILERPLATE, 1);
      const edited = '说明：本报告已修订。\n' + text.replace('满意度调查得分九十二分', '满意度调查得分九十五分');
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result).toMatchObject({ status: 'anchored', method: 'context' });
      if (result.status !== 'anchored') throw new Error('unreachable');
      expect(result.start).toBe(edited.lastIndexOf(BOILERPLATE));
    });

    it('is uncertain when the contexts cannot separate the copies', () => {
      // Five identical paragraphs: the middle three have identical 32-character contexts.
      const repeated = ('开头段落。' + BOILERPLATE + '结尾段落。\n').repeat(5);
      const anchor = anchorOn(repeated, BOILERPLATE, 2);
      const edited = '插入一句。' + repeated;
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result).toMatchObject({ status: 'uncertain', reason: 'ambiguous' });
      expect(landed(edited, result)).toBe(BOILERPLATE);
    });
  });

  describe('look-alike passages (Hypothesis #7571)', () => {
    const LOOK_A = '按期完成年度培训计划，参训率达到百分之九十五。';
    const LOOK_B = '按期完成季度培训计划，参训率达到百分之九十三。';
    const text = [
      '甲、人才培养方面，部门内部开展了系统的专业技能提升活动。' + LOOK_A + '学员反馈良好。',
      '乙、质量管理方面，针对外包团队的交付质量问题做了专项整改。' + LOOK_B + '整改验收全部通过。',
    ].join('\n');

    it('does not move a rewritten sentence onto its look-alike in another paragraph', () => {
      const anchor = anchorOn(text, LOOK_A);
      const edited = text.replace(LOOK_A, '人才梯队建设取得初步成效，骨干员工流失率明显下降。');
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result.status).not.toBe('anchored');
      expect(landed(edited, result)).not.toContain('季度培训计划');
    });

    it('finds an edited sentence in place rather than its untouched copy elsewhere', () => {
      const SHARED = '全面落实各项整改措施，确保问题整改到位。';
      const twice = text.replace('学员反馈良好。', SHARED) + '\n丙、' + SHARED + '后续将持续跟踪。';
      const anchor = anchorOn(twice, SHARED, 0);
      const edited = twice.replace(SHARED, SHARED.replace('到位', '落地'));
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result).toMatchObject({ status: 'uncertain', reason: 'fuzzy' });
      expect(landed(edited, result)).toBe('全面落实各项整改措施，确保问题整改落地。');
    });

    it('does not confidently re-anchor a short phrase that now only occurs elsewhere', () => {
      const anchor = anchorOn(text, '按期完成年度');
      const edited = text.replace('按期完成年度培训计划', '提前完成培训计划').replace('季度培训', '年度培训');
      const result = resolveAnchor(prepareText(edited), anchor);
      expect(result.status).not.toBe('anchored');
    });
  });

  it('orphans a deleted sentence even when a boilerplate copy of it remains elsewhere', () => {
    const SHARED = '全面落实各项整改措施，确保问题整改到位。';
    const twice = P1 + SHARED + P2 + '\n' + P3 + SHARED + P4;
    const anchor = anchorOn(twice, SHARED, 0);
    const edited = twice.replace(SHARED, '');
    expect(resolveAnchor(prepareText(edited), anchor)).toEqual({ status: 'orphan' });
  });

  it('finds an edited passage that moved far from its old position', () => {
    const filler = '这是一段用于拉开距离的说明文字，与批注内容无关。'.repeat(600);
    const quote = '部分项目的风险评估流于形式';
    const anchor = anchorOn(REPORT + filler, quote);
    const moved = filler + REPORT.replace(quote, '部分项目的风险评价流于形式');
    const result = resolveAnchor(prepareText(moved), anchor);
    expect(result).toMatchObject({ status: 'uncertain', reason: 'fuzzy' });
    expect(landed(moved, result)).toBe('部分项目的风险评价流于形式');
  });

  it('keeps resolving moved anchors correctly once the occurrence index takes over from scanning', () => {
    const long = Array.from({ length: 30 }, (_, i) => `第${i + 1}项：` + [P1, P2, P3, P4][i % 4]).join('\n');
    const anchors = Array.from({ length: SCANS_BEFORE_INDEX * 2 }, (_, i) => {
      const start = Math.floor((i * long.length) / (SCANS_BEFORE_INDEX * 2)) + 3;
      return describeRange(long, start, start + 10);
    });
    const shifted = '（修订稿）' + long;
    const results = resolveAll(prepareText(shifted), anchors);
    results.forEach((result, i) => {
      expect(result).toMatchObject({ status: 'anchored', start: anchors[i]!.position.start + 5 });
    });
  });

  it('resolves a batch in order', () => {
    const anchors = [anchorOn(REPORT, '机房搬迁'), anchorOn(REPORT, '季度复盘制度')];
    const results = resolveAll(prepareText(REPORT), anchors);
    expect(results.map((r) => landed(REPORT, r))).toEqual(['机房搬迁', '季度复盘制度']);
  });
});
