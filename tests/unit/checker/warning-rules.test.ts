import { describe, expect, it } from 'vitest';
import { checkReport } from '@/lib/checker';
import { report } from './helpers';

const warnings = (text: string, rule: string) => checkReport(text).findings.filter((f) => f.rule === rule);

describe('warning-level rules', () => {
  it('问题成绩化 flags a merit posing as a problem', () => {
    const [hit] = warnings(report({ problem: '本人对班子成员要求过严，经常加班过多忽视了身体。' }), 'disguised-achievement');
    expect(hit?.severity).toBe('warning');
    expect(hit?.label).toBe('问题成绩化');
  });

  it('原因客观化 flags purely objective causes but not ones the secretary owns', () => {
    expect(warnings(report({ cause: '主要是乡镇任务繁重、人手不足，年轻党员外出多。' }), 'objective-cause')).toHaveLength(1);
    expect(warnings(report({ cause: '客观上任务繁重，但主观上本人重视不够。' }), 'objective-cause')).toEqual([]);
    expect(warnings(report({ cause: '社区人员少、事务多，头绪多。' }), 'objective-cause')).toHaveLength(1);
    expect(warnings(report({ cause: '社区人员少、事务多，但根本在于本人抓党建的精力投入不够。' }), 'objective-cause')).toEqual([]);
  });

  it('原因客观化 passes over circumstances in a cause part that also names the writer’s own failings', () => {
    // The subjective cause is another sentence of the part: the part does not blame circumstances only.
    expect(warnings(report({ cause: '主观上，本人对两新组织党建研究不深。客观上，辖区企业流动性大，党员分散。' }), 'objective-cause')).toEqual([]);
    expect(warnings(report({ cause: '主要是我对党建工作的认识还不够深刻。同时，教学任务繁重，精力难以兼顾。' }), 'objective-cause')).toEqual([]);
    expect(warnings(report({ cause: '一是年轻人大多外出务工，人手不足。二是经费紧张，条件有限。' }), 'objective-cause')).toHaveLength(2);
  });

  it('成绩空泛 flags unsupported claims of success and clears counted ones', () => {
    expect(warnings(report({ achievement: '一年来，基层党建工作取得明显成效，组织生活进一步规范。' }), 'vague-achievement')).toHaveLength(1);
    expect(warnings(report({ achievement: '党员教育取得明显成效，全年轮训党员860人次。' }), 'vague-achievement')).toEqual([]);
    expect(warnings(report({ achievement: '党建工作扎实有效，得到上级充分肯定。' }), 'vague-achievement')).toHaveLength(1);
    expect(warnings(report({ achievement: '“红色物业”做法得到上级充分肯定，经验被《组织工作动态》第12期刊发。' }), 'vague-achievement')).toEqual([]);
  });

  it('成绩空泛 flags a state claimed and a count left out, not a document’s title', () => {
    for (const claim of ['支部战斗堡垒作用充分发挥，党员先锋模范作用有效彰显。', '全年累计开展各类活动若干次，参与党员众多。', '党建工作呈现出良好态势。']) {
      expect(warnings(report({ achievement: claim }), 'vague-achievement'), claim).toHaveLength(1);
    }
    expect(warnings(report({ achievement: '组织学习《关于新形势下党内政治生活的若干准则》。' }), 'vague-achievement')).toEqual([]);
    expect(warnings(report({ achievement: '充分发挥党员作用，全年党员志愿服务1200小时。' }), 'vague-achievement')).toEqual([]);
  });
});
