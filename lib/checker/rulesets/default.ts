import { Ruleset } from '@/lib/checker/ruleset-schema';

/*
 * Default lexicons and thresholds for 书记抓基层党建工作述职报告.
 * Sources: ../shared/research/vague-phrasing-and-review-criteria.md §5 (reviewer vocabulary, traps),
 * tuned on the shared corpus by principle, never by quoting its sentences.
 * In `Patterns`, {MW} = measure words, {NUM} = Arabic/full-width number, {CNNUM} = Chinese numeral (not bare 一).
 * Speed: no pattern starts with a lookbehind, which stops V8 from skipping ahead to the pattern's first
 * character (up to 10× slower in Chromium). `[XＸ](?<!A.)` is the same test as `(?<!A)[XＸ]`, made after
 * the first character; where that character varies, a lookahead names it first: `(?=[一二…])(?<!…)`.
 */

const SENTENCE_END = String.raw`。；！？!?;\n`;
const IN_SENTENCE = String.raw`[^${SENTENCE_END}]`;
const IN_CLAUSE = String.raw`[^，,。；！？!?;\n]`;

export const defaultRuleset: Ruleset = Ruleset.parse({
  name: 'default',
  rules: {
    'vague-problem': {
      label: '问题不实',
      severity: 'error',
      section: 'problem',
      triggers: [
        // 范围模糊: who exactly?
        '极个别', '个别', '少数', '一部分', '部分', '大部分', '一些', '有些', '有的', '某些', '若干',
        '不同程度', '一定程度', '时有发生', '偶有',
        // 轻描淡写的程度语: how much exactly?
        '不够', '不足', '不强', '不高', '不深', '不实', '不细', '不严', '不力', '不好', '不佳', '不多', '不大',
        '不准', '不透', '不全', '不顺', '不紧', '不硬', '不明显', '不到位', '不充分', '不平衡', '不完善',
        '不健全', '不规范', '不深入', '不系统', '不灵活', '不紧密', '不扎实', '不及时', '不彻底', '不主动',
        '不积极', '不经常', '不正常', '不尽', '有待', '尚需', '还需', '仍需', '亟待', '亟需', '尚待',
        '没有完全', '未完全', '欠缺', '缺乏', '薄弱', '偏弱', '偏低', '偏大', '偏少', '较少', '单一', '滞后',
        '差距', '短板', '弱化', '淡化', '虚化',
        // 共性套语 (以共性代个性)
        '两张皮', '重业务轻党建', '重形式轻内容', '重部署轻落实', '宽松软', '压力传导逐级递减',
      ],
      exceptions: [
        String.raw`个别(?:谈话|辅导|指导|交流|走访|访谈|约谈)`,
        String.raw`(?:组成|重要|主体|这|该)部分|第[一二三四五六七八九十0-9]+部分`,
        String.raw`(?:所|原|应|固|特|具|现|既|仅|拥|占|含|没|享|都|还|尚|本|已|共|持)有的|有的放矢`,
        String.raw`不足为[奇怪]|不够格`,
      ],
      // 以成绩代问题: praise first, then a gap nobody can check.
      alwaysFlag: [
        String.raw`(?:取得了?|有了)${IN_SENTENCE}{0,12}?(?:成绩|成效|进展|成果)${IN_SENTENCE}{0,40}?(?:但|然而|可是)${IN_SENTENCE}{0,40}?(?:差距|距离)`,
      ],
      clearedBy: ['quantity', 'date', 'named'],
    },
    'vague-measure': {
      label: '措施空泛',
      severity: 'error',
      section: 'measure',
      triggers: [
        '进一步', '不断', '持续', '切实', '全面', '着力', '扎实', '加强', '提升', '完善', '深化', '强化', '推进',
        '推动', '落实', '抓好', '抓实', '做好', '确保', '力争', '更加', '有效', '充分发挥', '大力', '积极',
        '认真', '深入', '努力', '继续', '坚持', '加大', '健全', '提高', '优化', '严格', '树立', '下功夫',
        '见实效', '求实效', '上台阶', '新台阶', '新水平', '落到实处', '长效机制', '常态化', '广泛开展', '营造',
        '形成合力', '久久为功', '常抓不懈', '走深走实', '落地见效', '教育引导', '压实', '夯实', '筑牢', '激发',
        '增强', '发挥', '创新', '配强', '严守', '多元化', '规范化', '聚焦', '紧盯', '狠抓', '高度重视',
      ],
      clearedBy: ['quantity', 'deadline', 'frequency', 'owner', 'deliverable', 'named'],
    },
    'missing-data': {
      label: '数据缺失',
      severity: 'error',
      patterns: [
        // X / XX / Ｘ standing alone in Chinese text: X个, X县, 《X日报》, X~X人
        String.raw`[XＸ](?<![A-Za-z0-9０-９+＋_./\\-].)[XＸ]{0,3}(?![A-Za-z0-9+＋])`,
        // lower-case x only right before a unit (x个), since x is common in Latin text
        String.raw`[xｘ](?<![A-Za-z0-9０-９+＋_./\\-].)[xｘ]{0,3}(?=[^\S\n]*(?:{MW}|[万亿千百余多]))`,
        // 20XX年, 201X年
        String.raw`[XxＸｘ](?<=[0-9０-９][XxＸｘ])[XxＸｘ]{0,2}(?=[年月日届期])`,
        // ××万元, ××村, ×名; × between digits is multiplication
        String.raw`[×✕](?<![0-9０-９][^\S\n]*.)[×✕]{0,3}(?![^\S\n]*[0-9０-９])`,
        // *次, **万元, **社区, “圆梦*”: stars where a number or a name belongs
        String.raw`[*＊](?<![0-9０-９A-Za-z][^\S\n]*.)[*＊]{0,3}(?=[^\S\n]*(?:{MW}|[万亿千百余多]|[\u4e00-\u9fa5]|[”’》」』）)]))(?![^\S\n]*[0-9０-９])`,
        String.raw`○{2,}|□{2,}|△{2,}|_{3,}|＿{2,}`,
      ],
      exceptions: [
        String.raw`[0-9０-９][^\S\n]*[×✕xX*＊][^\S\n]*[0-9０-９]`,
        String.raw`[+＋][^\S\n]*[XxＸｘ]`,
        String.raw`[XＸ](?:光|射线|线|型|轴)`,
        // markdown **bold** at a line or word start
        String.raw`\*\*(?<=(?:^|\n|[^\S\n])\*\*)(?=[^*\s0-9])[^*\n]{2,40}?\*\*`,
        // footnote line: *注： …
        String.raw`[*＊]+(?<=(?:^|\n)[^\S\n]*[*＊]+)(?=[^\S\n]*(?:注|说明|备注|来源|资料来源))`,
      ],
    },
    'disguised-achievement': {
      label: '问题成绩化',
      severity: 'warning',
      section: 'problem',
      triggers: ['荣获', '获评', '均已完成', '全部完成', '圆满完成', '顾不上家', '顾不上休息', '加班加点'],
      patterns: [
        String.raw`要求过[高严]|标准过高|过于(?:严格|认真|追求完美|较真)|加班(?:过|太)多|忽视了?(?:身体|家庭|休息)|太(?:拼|投入)|走在${IN_CLAUSE}{0,4}前列`,
      ],
      clearedBy: [],
    },
    'objective-cause': {
      label: '原因客观化',
      severity: 'warning',
      section: 'cause',
      triggers: [
        '客观上', '任务繁重', '工作量大', '人员不足', '人手不足', '力量不足', '经费不足', '经费紧张', '时间紧',
        '精力有限', '条件有限', '底子薄', '历史原因', '历史遗留', '流动党员多', '老龄化', '疫情影响',
        '群众素质不高', '群众觉悟不高', '缺乏上级指导',
      ],
      counterTriggers: [
        '主观', '思想上', '认识上', '本人', '自身', '作为书记', '作为党委书记', '第一责任人', '政治站位',
        '重视不够', '抓得不紧', '履职不到位', '担当不够', '责任意识',
      ],
      clearedBy: [],
    },
    'vague-achievement': {
      label: '成绩空泛',
      severity: 'warning',
      section: 'achievement',
      triggers: [
        '取得明显成效', '取得显著成效', '取得积极成效', '取得一定成效', '取得良好成效', '取得较好成效',
        '取得新进展', '成效明显', '成效显著', '效果显著', '效果明显', '明显提升', '明显提高', '明显增强',
        '显著提升', '显著增强', '不断提高', '不断提升', '不断增强', '不断强化', '进一步规范', '进一步优化',
        '进一步增强', '日益浓厚', '蔚然成风',
      ],
      clearedBy: ['quantity', 'named', 'deliverable'],
    },
  },
  sections: {
    markers: [
      String.raw`第[一二三四五六七八九十]+(?:部分|章|节|篇)[、.．:：]?`,
      String.raw`[一二三四五六七八九十]+[、.．]`,
      String.raw`[（(][一二三四五六七八九十]+[）)][、.．]?`,
      String.raw`[0-9０-９]{1,2}(?:[、．]|\.(?![0-9]))`,
      String.raw`[（(]?[0-9０-９]{1,2}[）)]`,
      String.raw`[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]`,
      String.raw`[一二三四五六七八九十]+是`,
      String.raw`(?:首先|其次|再次|最后)[，,]`,
    ],
    headings: {
      achievement: [
        String.raw`.{0,10}?(?:履职(?:尽责)?情况|履行.{0,12}?职责(?:情况)?|工作(?:开展|完成|推进|落实)?情况|主要(?:工作|做法|成绩|成效)(?:[和与及、].{0,8})?|(?:取得的?|工作)(?:主要)?(?:成绩|成效)(?:[和与及、].{0,8})?|(?:成绩|成效)[和与及](?:做法|经验|体会))`,
      ],
      problem: [
        String.raw`.{0,8}?存在的?(?:主要|突出)?(?:问题|不足)(?:[和与及、](?:不足|差距|短板|原因(?:分析)?))?`,
        String.raw`.{0,6}?(?:主要|突出)?问题[和与及、](?:不足|差距|短板|原因(?:分析)?)`,
        String.raw`.{0,6}?(?:不足|差距|短板)(?:之处)?(?:[和与及、](?:问题|不足|差距|短板))?`,
        String.raw`(?:问题|查摆问题|问题查摆|问题清单)`,
      ],
      cause: [
        String.raw`.{0,10}?(?:原因|根源|症结)(?:分析|剖析)?`,
        String.raw`(?:剖析|分析)(?:原因|根源)`,
      ],
      measure: [
        String.raw`.{0,10}?(?:下一?步|下阶段|今后|明年|下年度|[0-9０-９]{4}年)的?(?:工作|改进|整改)?(?:打算|计划|思路|措施|举措|安排|方向|重点|目标|设想)(?:[和与及、].{0,8})?`,
        String.raw`.{0,8}?(?:整改|改进|重点|具体|工作)(?:措施|方向|举措|打算)(?:[和与及、].{0,6})?`,
        String.raw`.{0,6}?(?:努力方向|工作打算|意见建议)`,
      ],
    },
    headingGuards: [String.raw`[，,]|^(?:针对|解决|对照|聚焦|围绕)|整改.{0,6}问题`],
    maxHeadingChars: 24,
    turns: [
      {
        kind: 'achievement',
        at: 'paragraph',
        patterns: [String.raw`(?:一年来|今年以来|[0-9０-９]{4}年(?:度)?以来|任职以来|上任以来|过去一年)(?![^\n]*如下)`],
      },
      {
        kind: 'problem',
        at: 'sentence',
        patterns: [
          String.raw`(?:但|但是|同时)?(?:在|但在)?(?:肯定|看到|总结|回顾)${IN_CLAUSE}{0,6}?(?:成绩|成效)的同时`,
          String.raw`(?:但|但是|然而)?(?:我们)?也?(?:要)?清醒(?:地)?(?:看到|认识到)`,
          String.raw`(?:当前|目前|工作中)?(?:还|仍然?|也)存在着?(?:一些|以下|不少|一定的)?(?:问题|不足|差距)`,
          String.raw`(?:存在的|主要)(?:问题|不足)(?:是|有|主要(?:是|有|表现在))`,
        ],
      },
      {
        kind: 'cause',
        at: 'sentence',
        patterns: [
          String.raw`究其原因|深究原因|分析原因|剖析原因|产生原因`,
          String.raw`(?:产生|出现|存在)(?:以上|上述|这些)?(?:问题|不足)的?(?:主要|根本|深层次)?原因`,
          String.raw`(?:问题|不足)(?:产生|存在)的?(?:主要|根本|深层次)?(?:原因|根源)`,
        ],
      },
      {
        kind: 'measure',
        at: 'sentence',
        patterns: [
          String.raw`下一?步(?:工作中)?[，,]`,
          String.raw`下一?步(?:工作中)?[，,]?(?:我们|我|本人)?(?:将|要|打算|计划)`,
          String.raw`今后(?:一个时期|工作中)?[，,]?(?:我们|我|本人)?(?:将|要)`,
          String.raw`在(?:今后|下一步)的?工作中`,
          String.raw`针对(?:以上|上述|这些|存在的)?(?:问题|不足)`,
        ],
      },
    ],
  },
  evidence: {
    measureWords: [
      '个百分点', '人次', '户次', '万元', '亿元', '万人', '元', '个', '名', '人', '次', '项', '条', '家', '所', '户',
      '篇', '场', '期', '批', '件', '处', '座', '支', '位', '届', '岁', '天', '小时', '学时', '周', '分', '票', '村',
      '倍', '%', '％', '亩', '公里', '平方米', '米', '课时', '轮',
    ],
    notQuantities: [
      String.raw`十[八九]届|二十届`,
      String.raw`[两二三四五]个(?:意识|自信|全面|维护|确立|务必|代表|方面|覆盖|责任|清单|一批|融合|过硬|提升)`,
    ],
    kinds: {
      quantity: [
        String.raw`[0-9０-９](?<![第0-9０-９.．].)[0-9０-９]*(?:[.．][0-9０-９]+)?[^\S\n]*(?:[万亿千百]|余|多)*[^\S\n]*(?:{MW})`,
        String.raw`(?=[一二两三四五六七八九十百千])(?<![第一二两三四五六七八九十百千零〇])(?:{CNNUM})(?:余|多)?(?:{MW})`,
      ],
      date: [
        // 2019年以来 frames the whole report; it says nothing about this problem.
        String.raw`[0-9０-９](?<![0-9０-９].)[0-9０-９]{3}[^\S\n]*年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}[日号])?(?!以来|来)`,
        String.raw`[0-9０-９](?<![0-9０-９].)[0-9０-９]?月(?:[0-9０-９]{1,2}[日号]|底|份|中旬|上旬|下旬|前|末)`,
      ],
      deadline: [
        String.raw`年底前?|年内|年中|上半年|下半年|第[一二三四]季度|季度末|(?:[0-9０-９]+|[一二两三四五六七八九十]+)个?(?:月|周|工作日|天|日)内|(?:春节|七一|国庆|元旦|换届)前|限期`,
      ],
      frequency: [
        String.raw`每(?:周|月|季度?|半年|年|两年|学期)`,
        String.raw`一(?:月|季|周|年)一(?:次|主题|通报|评比|调度|报告)|(?:月|季|周)(?:通报|评比|调度|讲评)`,
        String.raw`(?:至少|不少于|不低于|不超过)[^\S\n]*(?:[0-9０-９]+|[一二两三四五六七八九十]+)`,
      ],
      owner: [
        String.raw`由${IN_CLAUSE}{1,20}?(?:牵头|负责|抓总|具体落实|组织实施|统筹)`,
        String.raw`(?:牵头|责任)(?:单位|部门|领导|人)[:：]`,
        String.raw`(?:党委|党组|党支部|组织部|组织办|党建办|党政办|纪委|书记|委员|部长|主任)(?:牵头|负责)(?!人)`,
      ],
      deliverable: [
        String.raw`《[^》\n]{2,40}》`,
        String.raw`(?:制定|出台|修订|编制|印发|建立)${IN_CLAUSE}{0,12}?(?:台账|清单|办法|方案|细则|规则|手册|指引)`,
      ],
      named: [
        String.raw`(?:如|比如|例如|其中|特别是|尤其是)[^，,。；、\n]{1,8}?(?:村|社区|街道|镇|乡|公司|集团|学校|医院|支部|党委|总支)`,
        String.raw`(?:^|[^\u4e00-\u9fa5]|[对在如与和及的是将为])(?!各|全|部分|个别|有的|少数|所属|下属|相关|有关|农|城|基层|软弱|涣散|后进|贫困|薄弱|行政|自然|该|本|每|所在|其他|其余|重点|示范|试点|一些|多个)[\u4e00-\u9fa5]{2,4}(?:村|社区)(?:党支部|党总支|党委|党组织)`,
        // 帮助东岭村 / 对南湖社区: a two-character place name right after a verb of attention
        String.raw`(?:帮助|指导|联系|包保|帮扶|对|在|到)(?!各|全|本|该|每|农|城|村|贫困|后进|试点|示范|重点|薄弱|软弱|行政|自然)[\u4e00-\u9fa5]{2}(?:村|社区)(?![级民委务干规集组党两])`,
      ],
    },
  },
  thresholds: { maxTitleChars: 22, minSentenceChars: 9, quotedTriggers: 3 },
});
