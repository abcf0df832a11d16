import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { flagged, report } from './helpers';

const measures = (body: string) => flagged(report({ measure: body }), 'vague-measure');

describe('vague-measure 措施空泛', () => {
  it('flags slogans with no deadline, owner, quantity or deliverable', () => {
    expect(measures('进一步加强支部标准化建设，不断提升组织力，切实推动党建工作迈上新台阶。')).toEqual([
      '进一步加强支部标准化建设，不断提升组织力，切实推动党建工作迈上新台阶',
    ]);
    expect(measures('持续深化党建引领基层治理，着力构建长效机制。')).toHaveLength(1);
  });

  it('counts a bracketed note after the sentence, on its line, as part of the sentence (整改清单: 牵头单位, 完成时限)', () => {
    expect(measures('完善“三会一课”制度，提高组织生活质量。（牵头单位：组织办）')).toEqual([]);
    expect(measures('加强入党积极分子培养。（责任人：支部书记；完成时限：2027年3月）\n')).toEqual([]);
    // An item number is no note, and a note on the next line belongs to what follows.
    expect(measures('强化党员教育管理，增强党员意识。(2)每月开展1次主题党日。')).toEqual(['强化党员教育管理，增强党员意识']);
    expect(measures('强化党员教育管理，增强党员意识。\n（责任人：支部书记）')).toEqual(['强化党员教育管理，增强党员意识']);
  });

  it('flags a slogan without slogan words by its shape: a goal such as 高质量发展 or 新突破', () => {
    expect(measures('以高质量党建引领保障公司高质量发展。')).toEqual(['以高质量党建引领保障公司高质量发展']);
    expect(measures('党建工作要取得新突破。')).toHaveLength(1);
    expect(measures('明年在35岁以下青年中发展党员3名。')).toEqual([]);
  });

  it('clears measures with a deadline and an owner even when they say 进一步', () => {
    expect(measures('2025年9月底前，由镇党委组织委员牵头，进一步完善党员积分管理。')).toEqual([]);
    expect(measures('年底前由党建办负责，全面完成软弱涣散支部整顿。')).toEqual([]);
  });

  it('flags set phrases of resolve that promise nothing checkable', () => {
    for (const sentence of ['把党建工作抓在手上、扛在肩上', '始终把党的政治建设摆在首位', '做到守土有责、守土负责、守土尽责', '用心用情用力服务群众', '持之以恒正风肃纪，驰而不息纠治“四风”', '用好用活红色资源，讲好党的故事', '织密建强党的组织体系', '念好党建“紧箍咒”，答好发展“必答题”']) {
      expect(measures(`${sentence}。`)).toEqual([sentence]);
    }
    expect(measures('始终把党的政治建设摆在首位，每月第一个周五召开党委理论学习中心组会议。')).toEqual([]);
    expect(measures('用好县委党校师资，年底前为村干部开设专题讲座四期。')).toEqual([]);
  });

  it('counts a routine named by its period as a frequency (季度述职, 按月通报)', () => {
    expect(measures('实行支部书记季度述职制度，强化考核结果运用。')).toEqual([]);
    expect(measures('党员积分按月公示，接受群众监督。')).toEqual([]);
  });

  it('clears measures with a quantity, a frequency or a named deliverable', () => {
    expect(measures('加强后备干部培养，每个村至少储备2名。')).toEqual([]);
    expect(measures('切实加强党员教育，每季度开展一次集中轮训。')).toEqual([]);
    expect(measures('进一步规范发展党员工作，制定《发展党员工作流程图》。')).toEqual([]);
    expect(measures('不断加强阵地建设，新建党群服务站三个。')).toEqual([]);
    expect(measures('扎实推进党员培训，全年培训８０人次。')).toEqual([]);
  });

  it('does not count a placeholder as a quantity, and says so', () => {
    const [hit] = checkReport(report({ measure: '加大经费保障力度，力争投入X万元。' })).findings.filter(
      (f) => f.rule === 'vague-measure',
    );
    expect(hit?.message).toMatch(/占位符不算数据/);
  });

  it('flags only the vague sentence of a mixed item', () => {
    expect(measures('一是加强队伍建设。3月底前选派4名第一书记。同时广泛开展宣传，营造良好氛围。')).toEqual([
      '同时广泛开展宣传，营造良好氛围',
    ]);
  });

  it('explains which evidence is missing', () => {
    const [hit] = checkReport(report({ measure: '深入推进党建品牌建设，充分发挥示范作用。' })).findings.filter(
      (f) => f.rule === 'vague-measure',
    );
    expect(hit?.label).toBe('措施空泛');
    expect(hit?.severity).toBe('error');
    expect(hit?.message).toMatch(/完成时限、责任主体、数量或频次、具体成果/);
  });
});
