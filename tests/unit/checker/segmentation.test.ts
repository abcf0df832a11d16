import { describe, expect, it } from 'vitest';
import { checkReport, type SectionKind } from '@/lib/checker';

/*
 * How parts are found (issue #10), one case per cause of failure, in sentences written for these tests.
 */

/** The kind of the section holding the first occurrence of `quote`. */
function kindAt(text: string, quote: string): SectionKind | undefined {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return checkReport(text).sections.find((s) => s.start <= at && at < s.end)?.kind;
}

function expectKinds(text: string, expected: Record<string, SectionKind | undefined>) {
  for (const [quote, kind] of Object.entries(expected)) expect([quote, kindAt(text, quote)]).toEqual([quote, kind]);
}

describe('parts without a known heading', () => {
  it('reads unnumbered slogan headings (with a comma) by what they name and what follows them', () => {
    const text = [
      '青溪社区党总支书记述职报告',
      '下面把一年来的工作向大家作个汇报。',
      '筑牢红色阵地，让服务触手可及',
      '新建楼栋议事点5处，全年办理居民诉求214件，其中当场办结158件。',
      '直面差距不足，问题找准找实',
      '部分网格员入户走访不够经常，群众反映的小事有时拖着不办。',
      '挖深思想根子，反躬自省',
      '根子在于本人满足于完成上级交办的任务，主动谋划少。',
      '瞄准来年目标，扎扎实实再出发',
      '3月底前，由社区副书记牵头把网格员走访记录纳入月度考评。',
    ].join('\n');
    expectKinds(text, {
      下面把一年来: undefined,
      筑牢红色阵地: 'achievement',
      新建楼栋议事点: 'achievement',
      直面差距不足: 'problem',
      部分网格员入户: 'problem',
      挖深思想根子: 'cause',
      根子在于本人: 'cause',
      瞄准来年目标: 'measure',
      '3月底前，由社区': 'measure',
    });
  });

  it('finds turns in a report with no headings, also in the middle of a sentence', () => {
    const text = [
      '现将本人任职以来的情况汇报如下。',
      '今年我主要干了这几件事：修通了后山的机耕道1.8公里，为留守老人办了爱心食堂，全年供餐9200人次。',
      '回头看这一年，虽然做了一些事情，但实事求是地讲，我们仍然存在着不少问题。发现自己仍然存在以下不足：学习抓得松，有的党员长期不参加组织生活。',
      '鉴于以上本人出现的不足，我决心从以下几个方面改进。为此，在新的一年里，每月10日固定开展主题党日，全年不少于12次。',
    ].join('\n');
    expectKinds(text, {
      现将本人: undefined,
      修通了后山: 'achievement',
      回头看这一年: 'problem',
      学习抓得松: 'problem',
      鉴于以上本人: 'measure',
      每月10日固定: 'measure',
    });
  });

  it('reads heading wording outside any list', () => {
    const text = [
      '一、履职状况',
      '全年走访企业37家，帮助解决用工难题11个。',
      '二、工作中不尽如意的地方和一些感想',
      '机关支部学习形式老套，青年党员参与热情不高。',
      '三、今后的努力方向',
      '6月底前完成支部书记轮训，每人不少于24学时。',
    ].join('\n');
    expectKinds(text, { 全年走访企业: 'achievement', 机关支部学习: 'problem', '6月底前完成': 'measure' });
  });

  it('keeps a measure sub-heading that mentions 短板 inside the measure part', () => {
    const text = [
      '一、存在的问题',
      '（一）支部设置跟不上产业变化。新建的2个物流园区至今没有党组织。',
      '二、下一步措施',
      '（一）补齐组织覆盖短板。年底前在2个物流园区各建立1个党支部。',
      '（二）解决党员教育形式单一的问题。每季度组织一次现场教学。',
    ].join('\n');
    expectKinds(text, { 年底前在2个物流园区: 'measure', 补齐组织覆盖短板: 'measure', 每季度组织一次: 'measure' });
  });
});

describe('parts that interleave', () => {
  it('reads 问题及整改措施 as a problem part with a measure after each problem', () => {
    const text = [
      '一、主要工作',
      '全年召开支委会12次，发展党员4名。',
      '二、存在的问题及整改措施',
      '（一）流动党员管理松散。外出的19名党员中有7人全年没有参加过组织生活。',
      '对此，我们将建立流动党员微信群，每季度线上集中学习1次。',
      '（二）党务干部力量偏弱。3名党务干部都是兼职，没有接受过系统培训。',
      '针对这一问题，上半年安排3人参加县委组织部的示范培训。',
    ].join('\n');
    expectKinds(text, {
      流动党员管理松散: 'problem',
      建立流动党员微信群: 'measure',
      党务干部力量偏弱: 'problem',
      针对这一问题: 'measure',
    });
  });

  it('puts a cause after each problem in 问题及原因', () => {
    const text = [
      '一、工作开展情况',
      '全年组织专题学习18次。',
      '二、问题及原因',
      '（一）理论学习不够系统。支部学习以读文件为主，研讨交流少。究其原因，是本人对学习计划把关不严。',
      '（二）联系群众不够紧密。走访记录中有一半是电话回访。原因在于我们考核只看次数、不看效果。',
      '三、下步打算',
      '每月开展一次专题研讨。',
    ].join('\n');
    expectKinds(text, {
      理论学习不够系统: 'problem',
      是本人对学习计划: 'cause',
      联系群众不够紧密: 'problem',
      原因在于我们: 'cause',
      每月开展一次专题研讨: 'measure',
    });
  });

  it('lets a turn phrase go back only to a part its heading announced', () => {
    const text = '四、下一步打算\n下一步，我们将加强培训。在肯定成绩的同时，也要看到差距。';
    expect(kindAt(text, '也要看到差距')).toBe('measure');
  });
});

describe('flattened text and explanations', () => {
  it('finds headings in the middle of a line', () => {
    const text =
      '一、 履职情况 全年发展党员6名，新建党员活动室2个。 二、 存在问题及原因 1、学习教育形式单一，青年党员兴趣不高。 三、 下一步打算 1、年底前完成3个支部的换届。';
    expectKinds(text, { 全年发展党员6名: 'achievement', 学习教育形式单一: 'problem', 年底前完成3个支部: 'measure' });
  });

  it('says why each part starts where it does', () => {
    const text = ['一、主要成绩', '全年发展党员6名。', '二、存在的问题', '部分支部活动不正常。', '究其原因，主要是本人抓得不紧。'].join('\n');
    expect(checkReport(text).sections.every((s) => s.why === undefined)).toBe(true); // only when asked
    const sections = checkReport(text, undefined, { explain: true }).sections;
    expect(sections.map((s) => s.kind)).toEqual(['achievement', 'problem', 'cause']);
    expect(sections[1]!.why).toMatch(/标题“存在的问题”指向问题/);
    expect(sections[2]!.why).toMatch(/转折语“究其原因”/);
  });
});
