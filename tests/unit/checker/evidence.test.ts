import { describe, expect, it } from 'vitest';
import { flagged, report } from './helpers';

/* Evidence that means something (issue #10): numbers inside formulas are no data; weak predicates and slogan shapes are vague. */

describe('numbers in fixed formulas are not evidence', () => {
  it.each([
    '对在职党员“八小时以外”的表现掌握得少，日常监督缺乏抓手。',
    '个别党员对“两个维护”的理解停留在口头上。',
    '部分干部“一岗双责”意识不强，抓业务多、抓党建少。',
    '有的班子成员对“三个区分开来”理解不够。',
  ])('%s', (problem) => {
    expect(flagged(report({ problem }), 'vague-problem')).toHaveLength(1);
  });

  it('a formula without quotes from the list is not evidence either', () => {
    expect(flagged(report({ measure: '持续增强四个意识，坚定四个自信。' }), 'vague-measure')).toHaveLength(1);
  });

  it('real counts next to a formula still clear the sentence', () => {
    expect(flagged(report({ problem: '“三会一课”记录不全的支部有4个，占全镇的17%。' }), 'vague-problem')).toEqual([]);
  });
});

describe('vague problems without a hedge word', () => {
  it.each([
    '村级活动阵地利用率较低，平时大门常锁。',
    '群众工作方法比较简单，遇到矛盾习惯往上交。',
    '网格员队伍稳定性较差，人员流动频繁。',
    '党员志愿服务开展得零散，没有形成品牌。',
    '整改工作层层打了折扣，上热中温下冷。',
    '对新业态从业人员的覆盖手段有限。',
  ])('%s', (problem) => {
    expect(flagged(report({ problem }), 'vague-problem')).toHaveLength(1);
  });
});

describe('slogan measures judged by shape', () => {
  it.each([
    '脚踏实地干事，一步一个脚印锤炼过硬作风。',
    '围绕群众关切，切实增强服务群众的本领和能力。',
    '用心用情做好群众工作，不断厚植党的执政根基，营造干事创业的良好氛围。',
  ])('%s', (measure) => {
    expect(flagged(report({ measure }), 'vague-measure')).toHaveLength(1);
  });

  it('a measure with an owner and a deadline is not a slogan, whatever its goal', () => {
    expect(flagged(report({ measure: '由组织委员牵头，9月底前完成全部网格员培训，切实提升服务能力。' }), 'vague-measure')).toEqual([]);
  });
});
