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
/** What a plan starts with after 将/要 (我们将进一步…), unlike 将 meaning 把 (我将主要精力放在…). */
const PLAN_VERB = '进一步|继续|持续|着力|坚持|重点|全面|切实|加大|加强|深入|不断|围绕|聚焦|严格|推动|抓好|努力';

export const defaultRuleset: Ruleset = Ruleset.parse({
  name: 'default',
  rules: {
    'vague-problem': {
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
        // 弱谓语: a shortcoming stated plainly, with no hedge word (能力较弱, 手段有限, 打了折扣)
        '有限', '零散', '打折扣', '打了折扣', '大打折扣', '不理想', '欠佳', '参差不齐', '时紧时松', '上热下冷',
        '走过场', '流于形式', '走马观花', '浮于表面', '停留在', '一般化', '有偏差', '不尽如人意',
        '不均衡', '不协调', '严重', '老化', '需进一步', '提升空间', '改进空间', '提高空间', '进步空间',
        // 共性套语 (以共性代个性)
        '两张皮', '重业务轻党建', '重形式轻内容', '重部署轻落实', '宽松软', '压力传导逐级递减',
      ],
      patterns: [
        // 较/比较/偏/过于 + a weak quality: 较弱, 比较传统, 相对滞后, 偏软
        String.raw`(?:较为?|比较|相对|偏|过于)(?:[差弱低少慢小散软窄浅粗松大旧]|传统|单一|薄弱|保守|滞后|落后|被动|松散|零散|欠缺|有限|一般|模糊|简单|粗放|生硬|随意)`,
        // a measure of quality stated low with no figure: 使用效率低, 参与积极性不… (低于 is a comparison)
        String.raw`(?:效率|效果|质量|水平|积极性|参与度|利用率|覆盖率|满意度)(?:还|仍|仍然|依然)?(?:低|差|弱)(?!于)`,
        // a need with no measure of it: 需要创新, 需要加强 (not 需要签名的页面)
        String.raw`需要(?:进一步|加强|提高|提升|创新|改进|完善|强化|规范|增强|改善|优化)`,
        // 重数量轻质量, 重部署轻落实: one side favoured, the other neglected
        String.raw`重(?!点|要|视|大|新|在)[\u4e00-\u9fa5]{1,3}轻(?!松|易|微)[\u4e00-\u9fa5]{1,3}`,
      ],
      exceptions: [
        String.raw`个别(?:谈话|辅导|指导|交流|走访|访谈|约谈)`,
        String.raw`(?:组成|重要|主体|这|该)部分|第[一二三四五六七八九十0-9]+部分`,
        String.raw`(?:所|原|应|固|特|具|现|既|仅|拥|占|含|没|享|都|还|尚|本|已|共|持)有的|有的放矢`,
        String.raw`不足为[奇怪]|不够格`,
        // A lead-in that announces the problems told next (还存在一些不容忽视的问题。一是……, or a sentence
        // with a negation, a number or a weak word: …还有一些差距。部分党员……): those are judged, not the announcement. Said
        // with nothing after it (or only a plan), it is the whole account, and flagged; an item (二是…) is
        // never a lead-in.
        String.raw`(?=[一不诸许若某])(?<!(?:^|[。；;\n])[^\S\n]*{MARKER}${IN_SENTENCE}{0,60})(?:一些|不少|诸多|许多|若干|某些)${IN_CLAUSE}{0,10}?(?:问题|不足|差距|短板|弱项|薄弱环节)(?=[：:]|。?\s*(?:[一1１][是、.．]|[（(][一1１][）)]|首先|(?:主要|具体)(?:是|有|表现|体现))|。\s*${IN_SENTENCE}{0,40}?(?:不(?!断)|[未没缺仅只差弱低少慢难待欠薄滞偏0-9０-９]))`,
      ],
      // 以成绩代问题: praise first, then a gap nobody can check.
      alwaysFlag: [
        String.raw`(?:取得了?|有了)${IN_SENTENCE}{0,12}?(?:成绩|成效|进展|成果)${IN_SENTENCE}{0,40}?(?:但|然而|可是)${IN_SENTENCE}{0,40}?(?:差距|距离)`,
      ],
      clearedBy: ['quantity', 'date', 'named'],
    },
    'vague-measure': {
      severity: 'error',
      section: 'measure',
      triggers: [
        '进一步', '不断', '持续', '切实', '全面', '着力', '扎实', '加强', '提升', '完善', '深化', '强化', '推进',
        '推动', '落实', '抓好', '抓实', '做好', '确保', '力争', '更加', '有效', '充分发挥', '大力', '积极',
        '认真', '深入', '努力', '继续', '坚持', '加大', '健全', '提高', '优化', '严格', '树立', '下功夫',
        '见实效', '求实效', '上台阶', '新台阶', '新水平', '落到实处', '长效机制', '常态化', '广泛开展', '营造',
        '形成合力', '久久为功', '常抓不懈', '走深走实', '落地见效', '教育引导', '压实', '夯实', '筑牢', '激发',
        '增强', '发挥', '创新', '配强', '严守', '多元化', '规范化', '聚焦', '紧盯', '狠抓', '高度重视',
        // set phrases of resolve: 摆在首位, 抓在手上、扛在肩上, 守土有责, 用心用情
        '摆在首位', '摆在突出位置', '抓在手上', '扛在肩上', '记在心上', '高高飘扬', '守土有责', '守土尽责',
        '用心用情', '真抓实干', '担当作为', '不折不扣', '一以贯之', '善作善成', '落细落小', '做深做实', '做细做实',
        '持之以恒', '驰而不息', '锲而不舍', '坚定不移', '毫不放松', '常态长效',
        // verbs of the slogan (用好红色资源, 织密组织体系, 念好紧箍咒, 答好必答题)
        '用好', '用活', '讲好', '织密', '建强', '念好', '答好', '唱响', '擦亮',
      ],
      patterns: [
        // 口号的形状: a clause that ends on an abstract goal (…的意识, …能力, …氛围, …格局) names nothing
        // a reviewer could check, whatever verb leads it.
        String.raw`(?:意识|能力|水平|氛围|格局|机制|作用|质量|环境|生态|理念|力度|实效|合力|活力|动力|凝聚力|战斗力|组织力|创造力|吸引力|向心力|感染力|号召力|影响力|获得感|幸福感|归属感|满意度|形象|作风|品牌|方向|路径|途径|成效|效能|保障|引领|融合|发展|新局面|新台阶|新水平|新高度|新突破|新成效|新进展|新跨越|体系)(?=[，,。；;！!、\n]|$)`,
      ],
      clearedBy: ['quantity', 'deadline', 'frequency', 'owner', 'deliverable', 'named'],
    },
    'missing-data': {
      severity: 'error',
      patterns: [
        // X / XX / Ｘ standing alone in Chinese text: X个, X县, 《X日报》, X~X人
        String.raw`[XＸ](?<![A-Za-z0-9０-９+＋_./\\-].)[XＸ]{0,3}(?![A-Za-z0-9+＋])`,
        // lower-case x: right before a unit (x个), or a run (xx, xxxx) standing for a name in Chinese text
        String.raw`[xｘ](?<![A-Za-z0-9０-９+＋_./\\-].)[xｘ]{0,3}(?=[^\S\n]*(?:{MW}|[万亿千百余多]))`,
        String.raw`[xｘ](?<![A-Za-z0-9０-９+＋_./\\-].)[xｘ]{1,5}(?![A-Za-z0-9０-９])(?=[\u4e00-\u9fa5（(“”、，,。：:])`,
        // 20XX年, 201X年
        String.raw`[XxＸｘ](?<=[0-9０-９][XxＸｘ])[XxＸｘ]{0,2}(?=[年月日届期])`,
        // ××万元, ××村, ×名; × between digits is multiplication
        String.raw`[×✕](?<![0-9０-９][^\S\n]*.)[×✕]{0,3}(?![^\S\n]*[0-9０-９])`,
        // *次, **万元, **社区, “圆梦*”: stars where a number or a name belongs
        String.raw`[*＊](?<![0-9０-９A-Za-z][^\S\n]*.)[*＊]{0,3}(?=[^\S\n]*(?:{MW}|[万亿千百余多]|[\u4e00-\u9fa5]|[”’》」』）)、]))(?![^\S\n]*[0-9０-９])`,
        // a blank where the number belongs: 全镇 个行政村 / 达到 %以上 (a gap after a word, before a unit)
        // (a tab separates table cells, and 个别/个人 are words, not a unit after a blank)
        String.raw`[^\S\n\t](?<=[\u4e00-\u9fa5][^\S\n\t])[^\S\n\t]{0,3}(?=(?!个别|个人|个体|个性)(?:个百分点|个|名|户|次|项|件|条|万元|亿元|元|余名|余人|多名|人次|家)[\u4e00-\u9fa5，,。；、]|[%％])`,
        String.raw`○{2,}|□{2,}|△{2,}|_{3,}|＿{2,}`,
        // empty brackets where the number belongs, as fill-in templates leave them: （  ）名, 【 】次
        String.raw`[（(【][^\S\n]{0,6}[）)】](?=[^\S\n]*(?:{MW}|[万亿千百余多%％]))`,
        // a template's instruction left in brackets: （具体数字）个, （待补充）人, 【请填写】户
        // (not a note: （补充材料见附件）)
        String.raw`[（(【\[][^\S\n]*(?:(?:请|待|需)?(?:填写|填入|填报|补充|补填)(?:具体)?(?:数字|数据|数量|人数|名称|姓名|时间|日期|单位)?|具体(?:数字|数据|数量|人数|名称|时间|日期))[^\S\n]*[）)】\]]`,
        // 20__年: a year's digits left blank
        String.raw`_(?<=[0-9０-９]_)_{0,2}(?=[年月日届])`,
        // 〇〇名: zeros standing for a number (二〇二六年 is a year: a numeral before it, and 年 after)
        String.raw`〇(?<![一二三四五六七八九十〇零0-9０-９].)〇+(?=[^\S\n]*(?:{MW}|[万亿千百余多%％]))`,
      ],
      exceptions: [
        String.raw`[0-9０-９][^\S\n]*[×✕xX*＊][^\S\n]*[0-9０-９]`,
        String.raw`[+＋][^\S\n]*[XxＸｘ]`,
        String.raw`[XＸ](?:光|射线|线|型|轴)`,
        // markdown **bold** at a line or word start
        String.raw`\*\*(?<=(?:^|\n|[^\S\n])\*\*)(?=[^*\s0-9])[^*\n]{2,40}?\*\*`,
        // **bold** in the middle of a line: a short phrase without punctuation that is not a count
        String.raw`\*\*(?![*\s0-9０-９]|(?:{MW})|[万亿千百余多])[^*\n，,。；;！？!?、]{2,30}\*\*(?![^\S\n]*(?:{MW}|[万亿千百余多]))`,
        // footnote line: *注： … / 注：*…
        String.raw`[*＊]+(?<=(?:^|\n)[^\S\n]*[*＊]+)(?=[^\S\n]*(?:注|说明|备注|来源|资料来源))`,
        String.raw`[*＊]+(?<=(?:^|[\n。；！？])[^\S\n]*(?:注|说明|备注|附注)[^\S\n]*[：:][^\S\n]*[*＊]+)`,
      ],
    },
    'disguised-achievement': {
      severity: 'warning',
      section: 'problem',
      triggers: ['荣获', '获评', '均已完成', '全部完成', '圆满完成', '顾不上家', '顾不上休息', '加班加点'],
      patterns: [
        String.raw`要求过[高严]|标准过高|过于(?:严格|认真|追求完美|较真)|加班(?:过|太)多|忽视了?(?:身体|家庭|休息)|太(?:拼|投入)|走在${IN_CLAUSE}{0,4}前列`,
      ],
      clearedBy: [],
    },
    'objective-cause': {
      severity: 'warning',
      section: 'cause',
      triggers: [
        '客观上', '任务繁重', '工作量大', '人员不足', '人手不足', '力量不足', '经费不足', '经费紧张', '时间紧',
        '精力有限', '条件有限', '底子薄', '历史原因', '历史遗留', '流动党员多', '老龄化', '疫情影响',
        '群众素质不高', '群众觉悟不高', '缺乏上级指导',
        '人员少', '人手少', '事务多', '事务繁杂', '头绪多', '点多面广', '基础差', '条件差', '待遇低',
      ],
      counterTriggers: [
        '主观', '思想上', '认识上', '本人', '自身', '作为书记', '作为党委书记', '第一责任人', '政治站位',
        '重视不够', '抓得不紧', '履职不到位', '担当不够', '责任意识',
        '思想认识', '认识不', '认识还不', '我对', '我在', '研究不深', '谋划不够', '错误思想', '错误认识',
      ],
      // A cause part that names the writer's own failings anywhere is not "only circumstances".
      counterScope: 'section',
      clearedBy: [],
    },
    'vague-achievement': {
      severity: 'warning',
      section: 'achievement',
      triggers: [
        '取得明显成效', '取得显著成效', '取得积极成效', '取得一定成效', '取得良好成效', '取得较好成效',
        '取得新进展', '成效明显', '成效显著', '效果显著', '效果明显', '明显提升', '明显提高', '明显增强',
        '显著提升', '显著增强', '不断提高', '不断提升', '不断增强', '不断强化', '进一步规范', '进一步优化',
        '进一步增强', '日益浓厚', '蔚然成风',
        // Praise by others or a verdict on oneself, with nothing to check (得到上级充分肯定, 扎实有效).
        '扎实有效', '成效突出', '取得实效', '明显改善', '进一步凸显', '焕然一新', '充分肯定', '一致好评',
        '广泛好评', '普遍好评', '高度评价', '高度认可',
        // a state claimed, or a count left out (良好态势, 作用充分发挥, 开展活动若干次, 多次受到表扬)
        '良好态势', '充分发挥', '有效彰显', '较高水平', '稳步推进', '有力推动', '有效提升', '全面提升', '大幅提升',
        '众多', '多次受到',
      ],
      // 若干 before a unit (开展活动若干次); not in a title (《…若干准则》)
      patterns: [String.raw`若干(?=[次个项名人场期条篇批])`],
      clearedBy: ['quantity', 'named', 'deliverable'],
    },
  },
  sections: {
    markers: [
      { rank: 0, pattern: String.raw`#{1,6}[^\S\n]+` },
      { rank: 1, pattern: String.raw`第[一二三四五六七八九十]+(?:部分|章|篇)[、.．:：]?` },
      { rank: 2, pattern: String.raw`[一二三四五六七八九十]+[、.．](?![0-9])` },
      { rank: 2, pattern: String.raw`【` },
      { rank: 3, pattern: String.raw`第[一二三四五六七八九十]+节[、.．:：]?` },
      { rank: 4, pattern: String.raw`[（(][一二三四五六七八九十]+[）)][、.．]?` },
      { rank: 5, pattern: String.raw`[0-9０-９]{1,2}(?:[、．]|\.(?![0-9]))` },
      { rank: 6, pattern: String.raw`[（(]?[0-9０-９]{1,2}[）)]` },
      { rank: 7, pattern: String.raw`[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]` },
      { rank: 8, pattern: String.raw`[一二三四五六七八九十]+是` },
      { rank: 8, pattern: String.raw`(?:首先|其次|再次|最后)[，,]` },
    ],
    itemRank: 8,
    plainHeadingRank: 2.5,
    maxHeadingChars: 24,
    tables: {
      planColumns: [String.raw`责任|牵头|时限|期限|时间|日期|时点|进度`],
      unplanned: [String.raw`长期|持续|常态|逐步|适时|待定|另定|另行|视情|根据需要|按要求|坚持|^[-—/／无]+$`],
    },
    titleKinds: [
      // Named but not a part: a method (问题导向) or what a measure acts on (针对存在问题, 补齐短板).
      { kind: 'none', patterns: [String.raw`(?:问题|目标|结果)导向`] },
      // A shortcoming stated as the title (…作用发挥不平衡 / 存在短板): a problem, whatever verb leads it.
      {
        kind: 'problem',
        wholeTitle: true,
        patterns: [String.raw`(?:不够|不足|不强|不高|不深|不严|不实|不准|不力|不到位|不充分|不平衡|不均衡|不规范|不明显|不紧密|不及时|不经常|滞后|偏弱|偏软|薄弱|欠缺|缺乏|单一|有差距|有偏差|存在短板|存在差距|存在盲区|存在薄弱环节)[^，,。；\n]{0,3}$`],
      },
      { kind: 'measure', patterns: [String.raw`(?:针对|解决|整改|补齐|补强|弥补|克服|破解|聚焦|对照)[^，,。]{0,8}?(?:问题|短板|不足|差距|弱项)`] },
      // The cause of problems: 问题根源 / 产生问题的原因 / 问题产生的原因.
      {
        kind: 'cause',
        patterns: [
          String.raw`(?:问题|不足)(?:产生|存在|形成)?的?(?:主要|深层次|根本)?(?:原因|根源|症结|根子)`,
          String.raw`原因|根源|根子|症结|剖析`,
        ],
      },
      { kind: 'problem', patterns: [String.raw`问题|不足|短板|弱项|差距|薄弱|不尽如意|查摆|缺点|教训|欠缺|失误|存在`] },
      {
        kind: 'measure',
        patterns: [String.raw`打算|措施|举措|计划|思路|下一?步|下阶段|今后|明年|来年|新的一年|努力方向|整改|改进|建议|展望|设想|目标任务`],
      },
      {
        kind: 'achievement',
        patterns: [String.raw`成绩|成效|做法|经验|履职|职责|主要工作|工作(?:开展|完成|推进|落实)?情况|基本情况|工作回顾|回顾|亮点|所做|收获|状况|情况`],
      },
    ],
    cues: [
      {
        id: 'turn-problem',
        kind: 'problem',
        weight: 5,
        cap: 5,
        turn: true,
        patterns: [
          String.raw`在(?:肯定|看到|总结|回顾)[^，,。；\n]{0,6}?(?:成绩|成效)的同时`,
          String.raw`清醒(?:地)?(?:看到|认识到)`,
          String.raw`(?:还|仍|仍然|也|依然|但)(?:存在|有)着?(?:一些|以下|不少|诸多|几个|许多|一定的?|明显)?(?:方面的?)?(?:问题|不足|差距|短板|薄弱环节)`,
          String.raw`存在的(?:主要|突出)?(?:问题|不足)(?:是|有|主要|表现|如下|[：:，,])`,
        ],
      },
      {
        id: 'turn-cause',
        kind: 'cause',
        weight: 5,
        cap: 5,
        turn: true,
        patterns: [
          String.raw`究其(?:原因|根源)|(?:深究|分析|剖析|查找|追溯)(?:其)?(?:原因|根源)`,
          String.raw`原因(?:主要)?(?:是|在于|有)|(?:主要|根本|深层次)原因|根源(?:在于|是)|根子(?:在|是)|从主观上(?:讲|看|找)`,
          String.raw`(?:产生|出现|存在)(?:以上|上述|这些)?(?:问题|不足)的?(?:主要|根本|深层次)?原因`,
          // 产生这些问题，主要是… / 之所以会出现这些问题，根本在于…: the cause, without the word 原因.
          String.raw`之所以(?:会)?(?:产生|出现|存在)|(?:产生|出现|存在|造成)(?:以上|上述|这些|这类|此类)(?:问题|不足|差距)[，,]?(?:主要|根本上?|归根结底|说到底)?(?:是|在于|源于)`,
        ],
      },
      {
        id: 'turn-measure',
        kind: 'measure',
        weight: 5,
        cap: 5,
        turn: true,
        patterns: [
          String.raw`下一?步(?:工作中)?[，,]|今后(?:一个时期|工作中)?[，,]|在(?:今后|下一步|新的一年)的?工作中|新的一年(?:里|中)?|明年[，,]`,
          String.raw`针对(?:这一|这个|以上|上述|这些|此|该)?[^，,。；\n]{0,12}?(?:问题|不足|现象|短板)[，,]|对此[，,]|为此[，,]`,
          String.raw`决心|从以下几个方面|(?:我|我们|本人)(?:打算|计划)`,
          // 2027年，我将聚焦… / 明年我们要…: a year, then what will be done (not 2026年，我将主要精力放在…,
          // where 将 is 把: a plan's verb must follow).
          String.raw`(?:[0-9０-９]{4}年|明年|来年)[，,]?(?:我|我们|本人|党委|党组|党工委|支部|班子)(?:将|要)(?=${PLAN_VERB}|从以下)|(?:[0-9０-９]{4}年|明年|来年)[，,]?(?:我|我们|本人)(?:打算|计划)`,
        ],
      },
      {
        id: 'turn-achievement',
        kind: 'achievement',
        weight: 2.5,
        cap: 2.5,
        turn: true,
        patterns: [
          String.raw`一年来|今年以来|[0-9０-９]{4}年(?:度)?以来|任职以来|上任以来`,
          // 今年，我带领… / 2026年，我们围绕…: the year's account opens with what was done. Only with a verb of
          // leading or doing: 今年，有的支部没有按期换届 tells a problem, and 2027年，我将… a plan.
          String.raw`(?:(?:今年|本年度)[，,](?:我|我们|本人)?|[0-9０-９]{4}年(?:度)?[，,](?:我|我们|本人))(?=带领|组织|牵头|主持|推动|围绕|坚持|完成|聚焦|紧扣|认真|始终)`,
          String.raw`(?:主要)?(?:干|做|抓)了(?:以下|这|如下)?(?:几|哪)?(?:件事|方面|项)`,
        ],
      },
      // Consumed, vote for nothing: acting on problems (整改问题43个, 解决…难题), a method (问题导向), a
      // negated shortcoming (没有出现, 未发生).
      {
        id: 'remedy',
        kind: 'none',
        weight: 0,
        cap: 0,
        patterns: [
          String.raw`(?:整改|解决|化解|破解|发现|收集|梳理|排查|查找|针对|补齐|弥补|克服|防止|杜绝)[^，,。；\n]{0,8}?(?:问题|短板|不足|差距|弱项|难题)`,
          String.raw`(?:问题|目标)导向|(?:没有|未)(?:出现|发生)|零(?:投诉|差错|事故)`,
        ],
      },
      {
        id: 'preamble',
        kind: 'preamble',
        weight: 3,
        cap: 3,
        patterns: [String.raw`现将|报告如下|汇报如下|述职如下|请予评议|作(?:个|简要)?汇报|述职报告$|各位(?:领导|党员|代表)`],
      },
      {
        id: 'shortcoming',
        kind: 'problem',
        // A cause is a shortcoming too (本人研究不深): it keeps a cause part going once a heading or turn opened it.
        alsoFor: [{ kind: 'cause', share: 0.5 }],
        weight: 1.2,
        cap: 3.6,
        patterns: [
          String.raw`(?:没|没有)做好|做得不(?:够|好)|不尽如意`,
          String.raw`不够|不足|不强|不高|不深|不严|不实|不细|不力|不紧|不准|不透|不全|不多|不佳|不到位|不充分|不平衡|不均衡|不规范|不明显|不经常|不及时|不主动|不积极|不扎实|不健全|不完善`,
          String.raw`薄弱|偏弱|偏少|偏低|偏大|偏软|较弱|较差|较低|较少|较大|单一|滞后|差距|短板|弱项|欠缺|缺乏|有待|尚需|仍需|还需|亟待|流于形式|走过场|两张皮|盲区|问题|现象`,
          // A duty not done (没有达到, 未按期); 没有 alone is as often a merit (没有一张白条).
          String.raw`(?:没有|未能?|尚未)(?:按期|按时|按要求|达到|完成|落实|实现|建立|形成|开展|召开|参加|做到|覆盖|发挥|真正|充分|完全|深入|及时|坚持|讲过|递交|掌握|有效)`,
          String.raw`只有|仅有?(?=[0-9０-９一二两三四五六七八九十])|低于|有意见|意见较大`,
        ],
      },
      {
        id: 'cause',
        kind: 'cause',
        weight: 2,
        cap: 4,
        patterns: [String.raw`原因|根源|根子|症结|在于|究其|主观上|客观上|思想上|认识上|导致|由于|之所以|归根结底|说到底|根本上`],
      },
      {
        id: 'future',
        kind: 'measure',
        weight: 1.5,
        cap: 3,
        patterns: [
          String.raw`(?:我们|我|本人|党委|党组|党工委|支部|班子)将|将(?=${PLAN_VERB})`,
          String.raw`要(?=进一步|继续|持续|着力|坚持|切实|加强|把|以)|力争|争取|计划|打算|明年|来年|新的一年|下一?步|下阶段|今后|年内|届时|确保`,
          String.raw`[0-9０-９一二三四五六七八九十]+月(?:底|中旬|上旬|下旬)?前|年底前`,
        ],
      },
      {
        id: 'done',
        kind: 'achievement',
        weight: 0.8,
        cap: 2.4,
        patterns: [
          String.raw`已(?!经?是)|完成了|实现了|建成|建立了|开展了|召开了|组织了|累计|共计|获评|荣获|被评为|入选|同比|提高到|增加到|缩短到|下降到`,
          String.raw`全年|年初|了(?=[0-9０-９])`,
        ],
      },
    ],
    weights: { topHeading: 10, topHeadingOther: 3, subHeading: 5, subHeadingOther: 1.5, leadLine: 2, preamble: -0.1 },
    forwardCost: { top: 0.5, sub: 1, turn: 1, paragraph: 3, sentence: 5 },
    backwardCost: { top: 0.5, sub: 1.5, turn: 1.5, paragraph: 10, sentence: 12 },
  },
  evidence: {
    measureWords: [
      '个百分点', '人次', '户次', '万元', '亿元', '万人', '元', '个', '名', '人', '次', '项', '条', '家', '所', '户',
      '篇', '场', '期', '批', '件', '处', '座', '支', '位', '届', '岁', '天', '小时', '学时', '周', '分', '票', '村',
      '起', '宗', '例', '份', '本', '台', '套', '辆', '间', '栋', '块', '门', '节', '堂', '遍', '趟', '轮次', '家次',
      '倍', '%', '％', '亩', '公里', '平方米', '米', '课时', '轮',
    ],
    notQuantities: [
      String.raw`十[八九]届|二十届`,
      // Fixed political formulas: numbers in their names count nothing.
      String.raw`三会一课|一岗双责|八小时以外|八小时之外|两学一做|三重一大|四议两公开|一征三议两公开|三严三实|两个维护|两个确立|四个意识|四个自信|四个全面|五位一体|第一责任人|第一议题|一把手|两新|两委|三资|一肩挑`,
      String.raw`[两二三四五]个(?:意识|自信|全面|维护|确立|务必|代表|方面|覆盖|责任|清单|一批|融合|过硬|提升)`,
    ],
    kinds: {
      quantity: [
        String.raw`[0-9０-９](?<![第0-9０-９.．].)[0-9０-９]*(?:[.．][0-9０-９]+)?[^\S\n]*(?:[万亿千百]|余|多)*[^\S\n]*(?:{MW})`,
        String.raw`(?=[一二两三四五六七八九十百千])(?<![第一二两三四五六七八九十百千零〇])(?:{CNNUM})(?:余|多)?(?:{MW})`,
      ],
      date: [
        // 2019年以来 frames the whole report; it says nothing about this problem.
        // A year alone before a comma frames the sentence (2026年，个别党员…): no date of anything in it.
        String.raw`[0-9０-９](?<![0-9０-９].)[0-9０-９]{3}[^\S\n]*年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}[日号])?(?!以来|来)(?<!年(?=[，,]))`,
        String.raw`[0-9０-９](?<![0-9０-９].)[0-9０-９]?月(?:[0-9０-９]{1,2}[日号]|底|份|中旬|上旬|下旬|前|末)`,
      ],
      deadline: [
        String.raw`年底前?|年内|年中|上半年|下半年|第[一二三四]季度|季度末|(?:[0-9０-９]+|[一二两三四五六七八九十]+)个?(?:月|周|工作日|天|日)内|(?:春节|七一|国庆|元旦|换届)前|限期`,
      ],
      frequency: [
        String.raw`每(?:周|月|季度?|半年|年|两年|学期)`,
        String.raw`一(?:月|季|周|年)一(?:次|主题|通报|评比|调度|报告)|(?:按?(?:月|季|周)|季度|月度)(?:通报|评比|调度|讲评|述职|点评|例会|公示|考核|检查)`,
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
  thresholds: { maxTitleChars: 22, minSentenceChars: 9, quotedTriggers: 3, maxFormulaChars: 12 },
});
