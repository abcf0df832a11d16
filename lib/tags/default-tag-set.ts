import { DEFAULT_ASSESSMENT_TEMPLATE, type TagSet } from '@/lib/schema/tag-set';

/**
 * The built-in 述职评议 tag set: what every reviewer starts with. Version 2 added 原因 and 疑问,
 * guidelines and the assessment form; version 3 words the form as an official 评议意见表 (the comment
 * first, the checker's summary only where the reviewer adds it). Stored older versions are replaced
 * (`refreshBuiltInTagSet`): reviewers edit copies of it, never the set itself.
 */
export const DEFAULT_TAG_SET: TagSet = {
  id: 'shuzhi-default',
  name: '述职评议（默认）',
  description: '党委（党组）书记抓基层党建工作述职评议的默认标签与评议意见模板。',
  version: 3,
  author: '评阅 Pingyue',
  locked: false,
  tags: [
    { id: 'achievement', label: '成绩', color: '#16a34a', shortcut: 1, section: 'achievement', guideline: '讲成绩：是否有数据、事例支撑，是否实事求是、不夸大。' },
    { id: 'problem', label: '问题', color: '#dc2626', shortcut: 2, section: 'problem', guideline: '说问题：是否具体到单位、人和事，是否把自己摆进去，有无以成绩代问题。' },
    { id: 'measure', label: '措施', color: '#2563eb', shortcut: 3, section: 'measure', guideline: '谈打算：是否有时限、责任人和可检验的数量或成果，是否针对所述问题。' },
    { id: 'cause', label: '原因', color: '#9333ea', shortcut: 4, section: 'cause', guideline: '挖根源：是否从主观上找原因，有无只讲客观因素。' },
    { id: 'question', label: '疑问', color: '#ca8a04', shortcut: 5, section: null, guideline: '需要向述职人核实或追问的地方。' },
  ],
  checker: { extraTriggers: {}, disabledRules: [] },
  form: DEFAULT_ASSESSMENT_TEMPLATE,
};

/** The colour of annotations whose tag was deleted from the set. */
export const DELETED_TAG_COLOR = '#6b7280';
