import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { flagged, report } from './helpers';

const problems = (body: string) => flagged(report({ problem: body }), 'vague-problem');

describe('vague-problem 问题不实', () => {
  it('flags hedged problems with soft predicates and no evidence', () => {
    expect(problems('少数支部开展组织生活还不够经常，党员参与热情有待提高。')).toEqual([
      '少数支部开展组织生活还不够经常，党员参与热情有待提高',
    ]);
    expect(problems('有的党员干部服务意识不强，联系群众不紧密。')).toHaveLength(1);
    expect(problems('党员教育方式单一，培训效果不明显。')).toHaveLength(1);
  });

  it('flags a need, a lopsided emphasis, a low measure of quality and a plain verdict, each with no figure', () => {
    for (const sentence of [
      '党员教育管理方式方法需要创新',
      '基层党组织的政治功能需进一步强化',
      '在党员发展上存在重数量轻质量的倾向',
      '基层党建工作发展不均衡',
      '党建阵地使用效率低',
      '党员队伍老龄化严重',
      '在发挥党员作用方面还有提升空间',
    ]) expect(problems(`${sentence}。`)).toEqual([sentence]);
    expect(problems('全镇有3个村的党群服务中心使用效率低于20%。')).toEqual([]);
    expect(problems('重点减轻基层负担的工作已经部署下去。')).toEqual([]);
    expect(problems('党员大会记录中，需要签名的页面均无签名。')).toEqual([]);
  });

  it('clears problems that give counts, dates or named units', () => {
    expect(problems('全镇18个村党支部中，有4个支部未按期召开组织生活会，占22%。')).toEqual([]);
    expect(problems('部分党员（共37人）全年参加组织生活不足6次。')).toEqual([]);
    expect(problems('个别支部2024年3月未按时换届，党员意见较大。')).toEqual([]);
    // …but not a year that only frames the sentence: the report's year dates nothing in it.
    expect(problems('2026年，个别党员长期不参加组织生活。')).toEqual(['2026年，个别党员长期不参加组织生活']);
    expect(problems('2026年，有3名党员长期不参加组织生活。')).toEqual([]);
    expect(problems('有的支部如东岭村党支部，全年未发展一名党员，作用发挥不够。')).toEqual([]);
  });

  it('counts Chinese numerals and full-width digits as evidence, but not bare 一 or fixed terms', () => {
    expect(problems('部分党组织书记年龄偏大，其中五十五岁以上的有十二名。')).toEqual([]);
    expect(problems('个别支部党员发展不规范，涉及３个村。')).toEqual([]);
    expect(problems('一些党员学习不够深入，“四个意识”树得不牢。')).toHaveLength(1);
    expect(problems('一些支部一批党员学习不够深入。')).toHaveLength(1);
  });

  it('judges each sentence on its own, spanning only that sentence', () => {
    const text = report({ problem: '本人全年到基层调研仅2次，未达到要求。部分支部活动开展不正常。' });
    const [finding, ...rest] = checkReport(text).findings.filter((f) => f.rule === 'vague-problem');
    expect(rest).toEqual([]);
    expect(text.slice(finding!.start, finding!.end)).toBe('部分支部活动开展不正常');
    expect(finding!.section).toBe('problem');
    expect(finding!.message).toContain('“部分”');
    expect(finding!.message).toMatch(/没有具体数字、单位名称或时间/);
  });

  it('flags an achievement dressed as a problem even when it has numbers', () => {
    const [hit] = checkReport(
      report({ problem: '虽然我们取得了一定成绩，建成阵地25个，但与上级要求相比还有差距。' }),
    ).findings.filter((f) => f.rule === 'vague-problem');
    expect(hit?.message).toMatch(/以成绩代问题/);
  });

  it('skips the false-positive traps 有的放矢, 个别谈话, 组成部分, 所有的', () => {
    expect(problems('本人与班子成员开展个别谈话时准备不充分，谈话提纲只列了3条。')).toEqual([]);
    expect(problems('对所有的党员都做到了有的放矢地教育。')).toEqual([]);
    expect(problems('党建考核是年度考核的重要组成部分，今年扣分9分。')).toEqual([]);
    expect(problems('所有的支部都建立了台账，原有的制度仍在执行。')).toEqual([]);
  });

  it('passes over a lead-in that announces the items after it, and judges the items', () => {
    expect(problems('工作中还存在一些不容忽视的问题。一是3个支部未按期换届。二是有的党员服务意识不强。')).toEqual([
      '二是有的党员服务意识不强',
    ]);
    expect(problems('对照要求，社区党建工作还有不少差距。\n（一）部分小区党支部活动开展不经常。')).toEqual([
      '（一）部分小区党支部活动开展不经常',
    ]);
    expect(problems('还存在一些问题，主要表现在：全年有2名党员未按时交纳党费。')).toEqual([]);
    expect(problems('同时也清醒看到，工作中还存在一些问题。支部书记队伍整体素质参差不齐。')).toEqual(['支部书记队伍整体素质参差不齐']);
    expect(problems('党员管理还有不少短板。全年有4名流动党员失联超过6个月。')).toEqual([]);
    expect(problems('工作中还存在一些问题。党员队伍结构有待优化。')).toEqual(['党员队伍结构有待优化']);
  });

  it('flags the same words when they are the whole account, or an item of their own', () => {
    expect(problems('工作中还存在一些不足。下一年将认真整改。')).toEqual(['工作中还存在一些不足']);
    expect(problems('工作中还存在一些不足。下一步将不断改进。')).toEqual(['工作中还存在一些不足']);
    expect(problems('一是3个支部未按期换届。\n二是组织生活方面还有一些差距。\n三是4名党员未按时交纳党费。')).toEqual([
      '二是组织生活方面还有一些差距',
    ]);
    expect(problems('一是3个支部未按期换届。\n二是组织生活方面还有一些差距。\n三是4名党员欠交党费。')).toEqual([
      '二是组织生活方面还有一些差距',
    ]);
  });

  it('does not judge sentences outside problem sections', () => {
    expect(flagged(report({ achievement: '部分支部组织生活有待规范。' }), 'vague-problem')).toEqual([]);
  });

  it('does not flag a short item title, only the sentences under it', () => {
    expect(problems('（一）组织生活不够规范。有的支部长期不开展主题党日。')).toEqual([
      '有的支部长期不开展主题党日',
    ]);
  });
});
