/*
 * A second bench text that reads more like a real 述职报告 than the synthetic one in checker.ts (whose
 * every line is a heading or a flagged sentence): paragraphs of several sentences, most of them ordinary
 * statements with no trigger, some concrete (counts, dates, owners), some vague, headings in varied
 * styles. Generated from word lists written for the bench; no corpus text.
 */

/** A 32-bit LCG (Math.imul keeps it exact), so the text is the same on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  return { next, pick: <T,>(xs: readonly T[]): T => xs[next(xs.length)]! };
}

const HEADINGS = [
  ['一、{year}年主要工作', '二、工作中存在的不足', '三、原因分析', '四、下一步工作计划'],
  ['（一）履职尽责情况', '（二）查摆出的问题', '（三）问题根源', '（四）整改方向'],
  ['第一部分 抓党建工作情况', '第二部分 短板弱项', '第三部分 原因剖析', '第四部分 努力方向'],
];
const UNITS = ['东岭村', '南山社区', '青石镇', '城关街道', '第二党支部', '机关党总支', '林场', '卫生院'];
const TOPICS = ['党员教育', '组织生活', '阵地建设', '集体经济', '矛盾调解', '人居环境', '便民服务', '信访接待', '安全生产', '人才培养'];
const DONE = ['组织开展', '牵头完成', '协调推进', '督促落实', '走访调研', '集中整治', '新建改建', '梳理排查'];
const THINGS = ['专题学习', '入户走访', '矛盾纠纷', '服务窗口', '议事会议', '培训班', '帮扶项目', '整改清单'];
const MEASURE = ['个', '次', '名', '户', '场', '项', '万元', '人次'];
const ORDINARY = [
  '{unit}结合实际，把{topic}同日常工作放在一起安排。',
  '年初召开班子会议，对{topic}作了分工。',
  '在{unit}的支持下，{topic}按计划推进。',
  '我们坚持每月碰头，研究{topic}中遇到的情况。',
  '{unit}的同志主动承担了{topic}的具体事务。',
  '这项工作涉及面广，需要各方面配合。',
];
const CONCRETE = [
  '全年{done}{thing}{n}{mw}，覆盖{unit}等{n}个单位。',
  '{year}年{month}月，{unit}完成{topic}台账{n}本。',
  '由组织委员牵头，{month}月底前完成{topic}整改{n}项。',
  '累计投入资金{n}.{d}万元，同比增长{n}%。',
  '每季度召开1次{topic}分析会，全年共{n}次。',
];
const VAGUE_PROBLEM = [
  '部分党员对{topic}重视不够，参与不积极。',
  '个别支部{topic}开展较少，效果不明显。',
  '有的同志{topic}能力还有待提高。',
  '{topic}基础相对薄弱，工作还不够深入。',
];
const CAUSE = [
  '主要是本人对{topic}研究不深，抓得不紧。',
  '客观上任务繁重、人手不足，{topic}投入精力有限。',
  '思想上存在松懈情绪，对{topic}的要求标准不高。',
];
const VAGUE_MEASURE = [
  '进一步加强{topic}，不断提升工作水平。',
  '持续深化{topic}，切实增强服务意识。',
  '坚持问题导向，全面推进{topic}规范化建设。',
];

/** About `targetChars` characters of report: four parts per round, headings in a rotating style. */
export function realisticReport(targetChars: number, seed = 3): string {
  const { next, pick } = random(seed);
  const fill = (template: string) =>
    template
      .replaceAll('{unit}', () => pick(UNITS))
      .replaceAll('{topic}', () => pick(TOPICS))
      .replaceAll('{done}', () => pick(DONE))
      .replaceAll('{thing}', () => pick(THINGS))
      .replaceAll('{mw}', () => pick(MEASURE))
      .replaceAll('{year}', () => String(2021 + next(4)))
      .replaceAll('{month}', () => String(1 + next(12)))
      .replaceAll('{n}', () => String(2 + next(60)))
      .replaceAll('{d}', () => String(next(10)));
  // Per part: the shares of ordinary and concrete sentences out of 10, and what the rest says.
  const mixes = [
    [5, 4, CONCRETE],
    [4, 2, VAGUE_PROBLEM],
    [4, 1, CAUSE],
    [3, 4, VAGUE_MEASURE],
  ] as const;
  const lines: string[] = [];
  let length = 0;
  let counted = 0;
  while (length < targetChars) {
    const style = pick(HEADINGS);
    for (let part = 0; part < 4; part++) {
      lines.push(fill(style[part]!));
      const [ordinary, concrete, rest] = mixes[part]!;
      for (let p = 0, paragraphs = 2 + next(3); p < paragraphs; p++) {
        const sentences: string[] = [];
        for (let k = 0, count = 2 + next(4); k < count; k++) {
          const roll = next(10);
          sentences.push(fill(pick(roll < ordinary ? ORDINARY : roll < ordinary + concrete ? CONCRETE : rest)));
        }
        lines.push(sentences.join(''));
      }
    }
    for (; counted < lines.length; counted++) length += lines[counted]!.length + 1;
  }
  return lines.join('\n');
}
