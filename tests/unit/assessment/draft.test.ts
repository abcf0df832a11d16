import { describe, expect, it } from 'vitest';
import { buildAssessmentDraft, flagsLine } from '@/lib/assessment/draft';
import { renderItem, shortQuote } from '@/lib/assessment/item-text';
import { renderPlainText } from '@/lib/assessment/plain-text';
import { DEFAULT_ASSESSMENT_TEMPLATE, type AssessmentTemplate } from '@/lib/schema';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { REPORT_ANNOTATIONS } from './fixtures';

const FLAGS = [
  { rule: 'vague-problem' as const, label: '问题不实', count: 3 },
  { rule: 'vague-measure' as const, label: '措施空泛', count: 2 },
];

const draftOf = (overrides: Partial<Parameters<typeof buildAssessmentDraft>[0]> = {}) =>
  buildAssessmentDraft({ form: DEFAULT_ASSESSMENT_TEMPLATE, tags: DEFAULT_TAG_SET.tags, annotations: REPORT_ANNOTATIONS, flags: FLAGS, ...overrides });

describe('shortQuote', () => {
  it('keeps short quotes whole, without their closing punctuation', () => {
    expect(shortQuote('完成七个社区党组织换届。')).toBe('完成七个社区党组织换届');
  });
  it('cuts a long quote after whole clauses, never inside a word', () => {
    const quote = '部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常，存在重业务轻党建的倾向';
    expect(shortQuote(quote)).toBe('部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常…');
    const oneClause = '全年召开党工委会议专题研究党建工作十二次书记讲党课四次带动班子成员深入社区调研走访六十余次';
    const cut = shortQuote(oneClause);
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    // Cut at a word boundary: the text before the … is followed in the original by the start of a word.
    const kept = cut.slice(0, -1);
    const next = oneClause.slice(kept.length, kept.length + 2);
    expect(['十二', '书记', '讲党', '带动', '班子', '成员', '深入', '社区', '调研', '走访', '六十', '余次', '党课', '四次', '专题', '研究', '党建', '工作']).toContain(next);
  });
  it('cuts a long run without words (digits, letters) by characters', () => {
    const long = shortQuote('1'.repeat(45));
    expect(Array.from(long)).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });
  it('joins lines and never splits a surrogate pair', () => {
    expect(shortQuote('第一行\n\n  第二行')).toBe('第一行 第二行');
    expect(shortQuote('𠀀'.repeat(50), 5)).toBe('𠀀𠀀𠀀𠀀…');
  });
});

describe('renderItem', () => {
  const section = (itemTemplate: string, commentedOnly = false) => ({ itemTemplate, commentedOnly });
  it('fills placeholders in one pass: a comment mentioning {{quote}} stays as written', () => {
    expect(renderItem(section('{{tag}}/{{section}}: {{quote}}——{{comment}}'), { quote: 'Q', comment: '见{{quote}}', tag: '问题', section: '存在问题' }))
      .toBe('问题/存在问题: Q——见{{quote}}。');
  });
  it('ends every item as a sentence, the comment first', () => {
    const values = { quote: '部分党员意识不强', comment: '未点名具体支部，也无数据', tag: '问题', section: '存在问题' };
    expect(renderItem(section('{{comment}}（原文：“{{quote}}”）'), values)).toBe('未点名具体支部，也无数据（原文：“部分党员意识不强”）。');
    expect(renderItem(section('{{comment}}'), { ...values, comment: '为什么？' })).toBe('为什么？');
  });
  it('renders an item without a comment as its quote alone, or nothing where only comments count', () => {
    const empty = { quote: 'Q', comment: ' ', tag: '措施', section: '意见建议' };
    expect(renderItem(section('{{quote}}——{{comment}}'), empty)).toBe('Q。');
    expect(renderItem(section('{{comment}}（针对“{{quote}}”）', true), empty)).toBeNull();
  });
});

describe('buildAssessmentDraft', () => {
  it('numbers each section’s items in document order through its item template, flags where asked', () => {
    const draft = draftOf();
    expect(draft.title).toBe('述职评议意见表');
    expect(draft.sections.map((s) => s.title)).toEqual(['主要成绩', '存在问题', '意见建议']);
    const [achievements, problems, suggestions] = draft.sections;
    // Document order (position 40 before 120), and an empty comment leaves the bare quote.
    expect(achievements!.text).toBe('1. 书记讲党课四次。\n2. 有数据，可信（原文：“完成七个社区党组织换届”）。');
    // The checker's summary is the reviewer's to add (flagsLine), not part of the generated text.
    expect(problems!.text.split('\n')).toEqual([
      '1. 哪些社区？几名党员？（原文：“部分社区党组织书记抓党建的意识不够强，个别党员参加组织生活不够经常…”）。',
      '2. 原因客观化：只讲了“人员力量不足”等客观因素，没有从本人和班子的思想、认识、履职等主观方面剖析（原文：“人员力量不足”）。',
    ]);
    expect(flagsLine(draft)).toBe('体检提示：问题不实 3 处、措施空泛 2 处。');
    expect(suggestions!.text).toBe('1. 措施空泛：使用了“进一步加强”，但没有完成时限、责任主体、数量或频次、具体成果（针对“进一步加强基层党组织建设”）。');
    // The annotation whose tag the set no longer has feeds no section.
    expect(draft.sections.map((s) => s.text).join('\n')).not.toContain('套话');
    expect(draft.sections.every((s) => !s.edited)).toBe(true);
  });

  it('labels a deleted tag 已删除的标签 where a section still lists it', () => {
    const form: AssessmentTemplate = {
      ...DEFAULT_ASSESSMENT_TEMPLATE,
      sections: [{ id: 'all', title: '全部', tagIds: ['removed-tag'], itemTemplate: '[{{tag}}] {{quote}}：{{comment}}', includeFlags: true, commentedOnly: false }],
    };
    expect(draftOf({ form }).sections[0]!.text).toBe('1. [已删除的标签] 我们始终坚持把党建工作摆在突出位置：套话。\n体检提示：问题不实 3 处、措施空泛 2 处。');
  });

  it('has no flags line when the report was not checked or nothing was flagged', () => {
    expect(flagsLine(draftOf({ flags: null }))).toBe('');
    expect(flagsLine(draftOf({ flags: [] }))).toBe('');
  });

  it('leaves 意见建议 to the reviewer: a measure without a comment is the report’s own words, not advice', () => {
    const measures = REPORT_ANNOTATIONS.map((a) => (a.tagId === 'measure' ? { ...a, comment: '' } : a));
    expect(draftOf({ annotations: measures }).sections[2]!.text).toBe('');
  });

  it('prints the people, with today as the date until one is chosen', () => {
    expect(draftOf({ today: '2025-01-09' }).people).toEqual({ speaker: '', reviewer: '', date: '2025-01-09' });
    const named = draftOf({ today: '2025-01-09', assessment: { rating: null, editedSections: {}, speaker: '王某', reviewer: '李某', date: '2025-01-08' } });
    expect(named.people).toEqual({ speaker: '王某', reviewer: '李某', date: '2025-01-08' });
  });

  it('uses the reviewer’s edit of a section and keeps the generated text beside it', () => {
    const draft = draftOf({ assessment: { rating: '较好', editedSections: { problems: '问题找得不准。', unknown: 'x' } } });
    const problems = draft.sections[1]!;
    expect(problems).toMatchObject({ edited: true, text: '问题找得不准。' });
    expect(problems.generated).toContain('哪些社区？几名党员');
    expect(draft.sections[0]!.edited).toBe(false);
    expect(draft.rating).toBe('较好');
    // An edit to an empty string is still an edit; one equal to the generated text is not.
    expect(draftOf({ assessment: { rating: null, editedSections: { problems: '' } } }).sections[1]!.text).toBe('');
    const same = draftOf({ assessment: { rating: null, editedSections: { achievements: draftOf().sections[0]!.generated } } });
    expect(same.sections[0]!.edited).toBe(false);
  });

  it('treats a rating that left the scale as not picked', () => {
    expect(draftOf({ assessment: { rating: '优秀', editedSections: {} } }).rating).toBeNull();
  });
});

describe('renderPlainText', () => {
  it('titles every section, shows （无） for empty ones, and ends with the rating line', () => {
    const draft = draftOf({
      annotations: REPORT_ANNOTATIONS.filter((a) => a.tagId === 'achievement'),
      assessment: { rating: '好', editedSections: {}, speaker: '王某' },
      today: '2025-01-09',
    });
    expect(renderPlainText(draft, '青禾街道述职报告')).toBe(
      [
        '述职评议意见表\n报告：青禾街道述职报告\n述职人：王某\n评议日期：2025-01-09',
        '一、主要成绩\n1. 书记讲党课四次。\n2. 有数据，可信（原文：“完成七个社区党组织换届”）。',
        '二、存在问题\n（无）',
        '三、意见建议\n（无）',
        '总体评价：好',
      ].join('\n\n') + '\n',
    );
    expect(renderPlainText(draftOf({ flags: null }), '')).toMatch(/总体评价：（未评）\n$/);
  });
});
