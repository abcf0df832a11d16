/**
 * The 述职报告 the viewer tests render as a PDF and a .docx: written for these tests (not from the
 * corpus), long enough for 16 printed pages, with the four parts a reviewer looks for (成绩 / 问题 /
 * 原因 / 措施), vague sentences the checker flags next to concrete ones it clears, an unfilled
 * placeholder, and paragraphs long enough to wrap over several visual lines. Deterministic: the same
 * text on every run, so the CLI's findings can be compared with the extension's.
 */

export interface ReportPart {
  heading: string;
  /** Sub-headings (（一）…) with their paragraphs; a sub-heading may be empty. */
  blocks: { subheading?: string; paragraphs: string[] }[];
}

export interface ReportModel {
  title: string;
  /** The line under the title: who reports. */
  byline: string;
  parts: ReportPart[];
}

const VILLAGES = ['东湖村', '西岭村', '南塘村', '北坪村', '石桥社区', '柳岸社区', '青峰村', '白沙村', '杏林社区', '金田村', '河口村', '松坡村', '梅园社区', '竹溪村'];

/** Concrete achievement paragraphs, one per village and theme: numbers, names, months. */
function achievementParagraph(theme: number, i: number): string {
  const v = VILLAGES[i % VILLAGES.length]!;
  const n = 11 + ((i * 7 + theme * 5) % 29);
  const m = 1 + ((i + theme) % 12);
  switch (theme) {
    case 0:
      return `${v}党支部把“三会一课”排进每月固定日程，全年召开支部党员大会${4 + (i % 3)}次、支委会${n}次，书记讲党课${2 + (i % 4)}次，${m}月份组织党员到镇廉政教育基地开展主题党日活动，参加党员${n + 20}人，缺席党员逐一由支部书记上门补课并登记在册，做到学习不漏一人、教育不留死角。`;
    case 1:
      return `围绕村级集体经济增收，${v}盘活闲置校舍和仓库${1 + (i % 3)}处，与县农投公司合作建设冷链分拣点，全年实现经营性收入${18 + n}.${i % 10}万元，比上年增加${3 + (i % 6)}.${(i * 3) % 10}万元；收益分配方案经村民代表会议表决通过后在公开栏张榜公布，接受群众监督。`;
    case 2:
      return `${v}建立“党员中心户”联系网格${3 + (i % 5)}个，每名党员联系农户${5 + (i % 4)}至${9 + (i % 4)}户，${m}月以来收集群众反映的道路硬化、路灯维修、饮水管网改造等诉求${n + 30}件，已办结${n + 24}件，其余事项列入镇级民生实事清单，办理进度每月在村务公开栏更新。`;
    case 3:
      return `在后备力量培养上，${v}从返乡创业青年、退役军人和致富带头人中物色村级后备干部${2 + (i % 3)}名，由镇党委班子成员一对一结对帮带，安排到网格管理、矛盾调解和产业项目一线岗位历练，${m}月份组织专题培训${1 + (i % 2)}期，考核合格后纳入镇级后备人才库动态管理。`;
    default:
      return `${v}推行村务“阳光公开”，把${n}项村级小微权力事项全部编入流程图，全年公开财务收支${m + 3}期、工程项目${1 + (i % 4)}个，村务监督委员会列席村两委会议${n - 5}次，提出意见建议${3 + (i % 5)}条并全部办结反馈。`;
  }
}

const ACHIEVEMENT_INTRO = [
  '2026年以来，本人认真履行抓基层党建第一责任人职责，坚持把党建工作与乡村振兴、基层治理统筹谋划、同步推进，全镇十四个村（社区）党组织的政治功能和组织功能得到加强。现将一年来抓基层党建工作情况报告如下，请予评议。',
  '全年主持召开镇党委会研究党建工作十二次，带头到联系村讲党课四次，走访困难党员和老党员三十六人次，牵头制定《临江镇村级党组织书记履职清单》，把抓党建的责任细化为二十八项具体任务，逐项明确完成时限和责任人，按季度通报完成情况。',
];

/** A justified paragraph full of full-width quotes and short Latin runs: a line likely to be spread out. */
const SPREAD_PARAGRAPH =
  '镇党委把“书记项目”“支部品牌”“党员先锋岗”“一村一策”作为抓手，在石桥社区试点“网格+党建”“积分+治理”联动机制，群众通过“智慧临江”平台（linjiang-dangjian.gov.example）反映诉求，注册群众2,318人，“随手拍”“马上办”“回头看”三项机制全年受理事项五百余件，办理结果在平台（service.linjiang.example）公开。';

const PROBLEMS = [
  '一是理论学习的深度不够。本人在学习上存在以干代学的情况，对党的创新理论往往满足于读原文、记要点，联系全镇实际深入思考不够，运用理论指导基层党建具体工作的能力有待提高。',
  '部分村党组织书记抓党建的意识不够强，重业务轻党建的现象在一些村仍然存在，个别党员参加组织生活不够经常。',
  '二是基层组织建设存在薄弱环节。2026年全镇有3个村党支部未能按期召开组织生活会，西岭村、竹溪村两个党支部的党员大会全年只召开2次，低于规定次数；全镇流失村级后备干部17人，其中外出务工11人、考取公职6人。',
  '三是党员教育管理还有差距。全镇流动党员96名，其中有23名一年内未参加过线上学习，党员积分管理在河口村、松坡村流于形式，积分结果没有同评先评优挂钩，对党员的激励作用不明显。',
  '四是抓党建促发展的成效不够均衡。虽然全镇村级集体经济总体取得了一定成绩，但与先进乡镇相比仍有不小差距，村与村之间发展不平衡，有的村集体经济收入仍然主要依靠上级补助和资源发包。',
  '五是作风建设的长效机制还不健全。对村干部履职的日常监督以听汇报、看台账为主，深入群众暗访核查较少，村级小微权力清单在三个村的执行中打了折扣，全年受理群众反映村干部作风问题的来信来访9件。',
];

const CAUSES = [
  '究其原因，主要有以下几个方面：',
  '一是主观上重视不够。本人作为党委书记和第一责任人，思想上对抓党建就是抓发展的认识还不够深刻，把较多精力放在了项目建设和招商引资上，对村级党组织建设的问题研究得不深、督促得不紧。',
  '二是村干部任务繁重、人手不足，村里年轻人外出多，党员队伍老龄化，组织活动很难开展。',
  '三是制度执行抓得不紧。对“三会一课”、主题党日等制度的执行情况检查多、通报少，发现问题后跟踪整改不到位，没有形成从发现问题到解决问题的完整闭环，压力传导存在层层递减的情况。',
  '四是激励保障措施不够有力。村干部报酬与工作实绩挂钩不紧，能干事、干成事的村干部在待遇和晋升上体现不明显，一定程度上影响了村干部队伍干事创业的积极性。',
];

const MEASURES = [
  '下一步，本人将以这次述职评议为契机，坚持问题导向，逐项抓好整改落实。',
  '一是进一步加强理论武装，不断提升抓党建的能力和水平。',
  '二是2027年6月底前由镇组织办牵头，对全镇14个村（社区）党组织书记完成一轮集中轮训，每人不少于40学时，培训结果纳入年度考核；每季度召开一次村党组织书记述职点评会，由本人逐一点评。',
  '三是持续深化党员教育管理，切实发挥党员先锋模范作用，推动党建工作再上新台阶。',
  '四是针对流动党员学习不经常的问题，2027年3月底前建立流动党员联系台账，由各村党支部书记负责每月联系一次，全年组织流动党员集中学习不少于4次。',
  '五是全年计划发展党员X名，重点从青年农民和返乡创业人员中发展，优化党员队伍结构。',
  '六是坚持抓好作风建设，严格落实村级小微权力清单，2027年9月底前由镇纪委牵头对14个村（社区）开展一轮村务监督专项检查，检查结果在全镇党建工作会议上通报。',
  '七是聚焦集体经济薄弱村，由镇党委班子成员每人包联1个村，2027年底前帮助河口村、松坡村各培育1个增收项目，村级经营性收入达到15万元以上。',
];

/** The PDF's report: long achievements (most of the pages), then problems, causes and measures. */
export function pdfReportModel(): ReportModel {
  const themes = [
    '（一）坚持以上率下，压实管党治党责任',
    '（二）发展壮大村级集体经济',
    '（三）深化党建引领基层治理',
    '（四）加强后备干部队伍建设',
    '（五）推进清廉村居建设',
  ];
  return {
    title: '临江镇党委书记2026年度抓基层党建工作述职报告',
    byline: '临江镇党委书记　周明远',
    parts: [
      {
        heading: '一、履职情况和主要成效',
        blocks: [
          { paragraphs: ACHIEVEMENT_INTRO },
          ...themes.map((subheading, theme) => ({
            subheading,
            paragraphs: [
              ...VILLAGES.slice(0, theme < 4 ? ACHIEVEMENT_VILLAGES : CLEAN_VILLAGES).map((_, i) => achievementParagraph(theme, i + theme * 3)),
              ...(theme === 2 ? [SPREAD_PARAGRAPH, '通过以上工作，全镇基层治理各项工作取得明显成效。'] : []),
            ],
          })),
        ],
      },
      { heading: '二、存在的问题', blocks: [{ paragraphs: PROBLEMS }] },
      { heading: '三、原因分析', blocks: [{ paragraphs: CAUSES }] },
      { heading: '四、下一步工作措施', blocks: [{ paragraphs: MEASURES }] },
    ],
  };
}

/** How many villages each achievement theme reports on: tuned so the PDF prints on 16 pages. */
const ACHIEVEMENT_VILLAGES = 14;
const CLEAN_VILLAGES = 6;

/** The .docx report: another town's, shorter (a docx preview renders it whole). */
export function docxReportModel(): ReportModel {
  return {
    title: '松岗街道党工委书记2026年度抓基层党建工作述职报告',
    byline: '松岗街道党工委书记　林晓岚',
    parts: [
      {
        heading: '一、履职情况和主要成效',
        blocks: [
          {
            paragraphs: [
              '一年来，本人把抓基层党建作为第一职责，全年主持召开党工委会专题研究党建工作十次，带头到梅园社区、杏林社区讲党课三次，牵头建立社区党组织书记月度例会制度。',
              ...[0, 1, 2, 3, 4, 5].map((i) => achievementParagraph(i % 4, i + 2).replace('镇', '街道')),
              '全街道党建工作取得明显成效。',
            ],
          },
        ],
      },
      {
        heading: '二、存在的问题',
        blocks: [{ paragraphs: [PROBLEMS[1]!.replaceAll('村', '社区'), '街道党员活动阵地使用率偏低，2026年柳岸社区党群服务中心全年开放活动仅31天，8个小区党支部中有5个没有固定活动场所。'] }],
      },
      { heading: '三、原因分析', blocks: [{ paragraphs: [CAUSES[1]!.replace('党委书记', '党工委书记'), '社区工作任务繁重、人手不足。'] }] },
      {
        heading: '四、下一步工作措施',
        blocks: [{ paragraphs: ['一是进一步加强社区党组织建设，不断提升组织力。', '二是2027年5月底前由街道党建办牵头，为5个没有固定场所的小区党支部落实活动阵地，每个不少于40平方米。'] }],
      },
    ],
  };
}

/** The report as plain text, one paragraph or heading per line: what the CLI checks. */
export function reportPlainText(model: ReportModel): string {
  const lines = [model.title, model.byline];
  for (const part of model.parts) {
    lines.push(part.heading);
    for (const block of part.blocks) {
      if (block.subheading) lines.push(block.subheading);
      lines.push(...block.paragraphs);
    }
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The report as a printable HTML page (A4, 仿宋-like spacing, justified paragraphs). */
export function reportHtml(model: ReportModel): string {
  const body: string[] = [`<h1>${escapeHtml(model.title)}</h1>`, `<p class="byline">${escapeHtml(model.byline)}</p>`];
  for (const part of model.parts) {
    body.push(`<h2>${escapeHtml(part.heading)}</h2>`);
    for (const block of part.blocks) {
      if (block.subheading) body.push(`<h3>${escapeHtml(block.subheading)}</h3>`);
      for (const p of block.paragraphs) body.push(`<p>${escapeHtml(p)}</p>`);
    }
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title>
<style>
  @page { size: A4; margin: 25mm 24mm 28mm; }
  body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 15pt; line-height: 1.9; color: #111; }
  h1 { font-size: 20pt; text-align: center; margin: 0 0 8pt; line-height: 1.5; }
  .byline { text-align: center; margin: 0 0 18pt; text-indent: 0; }
  h2 { font-size: 16pt; margin: 14pt 0 6pt; }
  h3 { font-size: 15pt; margin: 10pt 0 4pt; }
  p { text-indent: 2em; margin: 0 0 6pt; text-align: justify; }
</style></head>
<body>
${body.join('\n')}
</body></html>`;
}

/** The footer every printed page carries, as 公文 do: “— 3 —”. */
export const pageFooter = (page: number) => `— ${page} —`;

/**
 * A report whose problems are a Word table (a 问题清单), for the checker's reading of tables in a docx
 * preview: what is vague in each column, and what its row makes concrete.
 */
export const LEDGER = {
  title: '市卫健委机关党委书记2026年度抓基层党建工作述职报告',
  achievementHeading: '一、工作成效',
  achievement: '全年指导所属12个党支部完成换届，支部书记“双带头人”比例达到83%。',
  problemHeading: '二、问题清单',
  header: ['序号', '问题表现', '原因', '整改措施', '责任人', '完成时限'],
  rows: [
    ['1', '部分支部党建与业务融合不够紧密', '重业务轻党建', '开展党建业务融合示范点创建', '张华', '2027年3月'],
    ['2', '2个支部未按期开展组织生活会', '督导不到位', '进一步加强组织生活督导', '机关党委办公室', '2027年1月起'],
    ['3', '党建信息化水平有待提高', '投入不足', '进一步推进智慧党建平台建设', '待定', '持续推进'],
  ],
  measureHeading: '三、下一步打算',
  measure: '2027年第一季度，完成12个党支部标准化规范化建设验收，验收结果在委网站公示。',
  /** What 体检 must flag: the vague problem cells (the deadline of their row's measure makes them no more concrete) and the measure nobody owns. */
  vagueProblems: ['部分支部党建与业务融合不够紧密', '党建信息化水平有待提高'],
  vagueMeasures: ['进一步推进智慧党建平台建设'],
} as const;
