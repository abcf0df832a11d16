import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { assessmentDocx } from '@/lib/assessment/docx';
import { buildAssessmentDraft } from '@/lib/assessment/draft';
import { summaryTable } from '@/lib/assessment/summary-table';
import { tableXlsx } from '@/lib/assessment/xlsx';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { REPORT_ANNOTATIONS, annotation, documentRecord } from './fixtures';

const unzip = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every `<w:t>` / `<t>` element, unescaped, in order. */
const textsOf = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => unescapeXml(m[1]!));

const HOSTILE = `<b>粗体</b> & "引号" 'apos'`;

describe('assessmentDocx', () => {
  it('writes a 评议表: title, a table of report, people, sections and rating, a signature line, no link; reviewer text escaped', async () => {
    const annotations = [
      ...REPORT_ANNOTATIONS,
      annotation('problem', `原文${HOSTILE}`, 350, `批注${HOSTILE}\u0007</w:t><w:t>`),
    ];
    const draft = buildAssessmentDraft({
      form: DEFAULT_TAG_SET.form,
      tags: DEFAULT_TAG_SET.tags,
      annotations,
      flags: [{ rule: 'vague-problem', label: '问题不实', count: 3 }],
      assessment: { rating: '较好', editedSections: { suggestions: '建议一\n建议二 <i>&' }, speaker: '王某', reviewer: '李某', date: '2024-05-01' },
    });
    const files = await unzip(await assessmentDocx(draft, { reportTitle: `青禾街道述职 ${HOSTILE}` }));
    expect(Object.keys(files)).toContain('[Content_Types].xml');
    const xml = strFromU8(files['word/document.xml']!);
    // Reviewer text never becomes markup, and no address is printed.
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<i>');
    expect(textsOf(xml, 'w:t').join('')).not.toMatch(/https?:|127\.0\.0\.1/);
    expect(xml).not.toContain('w:hyperlink');
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textsOf(p[0], 'w:t').join('')).join('\n'),
      ),
    );
    expect(rows).toEqual([
      ['报告', `青禾街道述职 ${HOSTILE}`],
      ['述职人', '王某', '评议日期', '2024-05-01'],
      ['主要成绩', '1. 书记讲党课四次。\n2. 有数据，可信（原文：“完成七个社区党组织换届”）。'],
      ['存在问题', expect.stringMatching(new RegExp(`^1\\. 哪些社区？[\\s\\S]*\\n2\\. 批注${HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))],
      ['意见建议', '建议一\n建议二 <i>&'],
      ['总体评价', '较好'],
    ]);
    const outside = xml.replace(/<w:tbl>[\s\S]*<\/w:tbl>/, '');
    const paragraphs = [...outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textsOf(p[0], 'w:t').join(''));
    expect(paragraphs).toEqual(['述职评议意见表', '评议人（签字）：李某　　日期：2024-05-01']);
  });
});

describe('summary table and xlsx', () => {
  const documents = [documentRecord('doc-1', '=青禾街道述职', 'https://oa.example.cn/1'), documentRecord('doc-2', '白沙镇述职', 'https://oa.example.cn/2'), documentRecord('doc-3', '未批注', 'x')];
  const annotations = [...REPORT_ANNOTATIONS, annotation('problem', '整改不彻底', 10, `"重业务轻党建", <b>&`, { documentId: 'doc-2' })];
  const assessments = [{ documentId: 'doc-2', tagSetId: DEFAULT_TAG_SET.id, rating: '一般', editedSections: { achievements: '成绩平平' }, speaker: '王某', reviewer: '李某', date: '2024-05-01', updatedAt: 1 }];
  const table = summaryTable({ tagSet: DEFAULT_TAG_SET, documents, annotations, assessments });

  it('has a row per assessed or annotated report: counts per tag, flags from annotations, rating, section texts', () => {
    expect(table.header).toEqual(['报告', '链接', '述职人', '评议人', '评议日期', '成绩', '问题', '措施', '原因', '疑问', '批注总数', '体检提示', '总体评价', '主要成绩', '存在问题', '意见建议']);
    expect(table.rows).toHaveLength(2);
    const [first, second] = table.rows;
    expect(first!.slice(0, 13)).toEqual(['=青禾街道述职', 'https://oa.example.cn/1', '', '', '', 2, 1, 1, 1, 0, 6, '措施空泛 1 处、原因客观化 1 处', '']);
    expect(second!.slice(2, 5)).toEqual(['王某', '李某', '2024-05-01']);
    expect(second!.slice(12, 15)).toEqual(['一般', '成绩平平', '1. "重业务轻党建", <b>&（原文：“整改不彻底”）。']);
  });

  it('writes an .xlsx whose sheet reads back with the same strings and numbers', async () => {
    const files = await unzip(await tableXlsx(table, '汇总'));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect(workbook).toContain('name="汇总"');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>'); // no formulas, whatever the text
    const shared = files['xl/sharedStrings.xml'] ? textsOf(strFromU8(files['xl/sharedStrings.xml']), 't') : [];
    const inline = textsOf(sheet, 't');
    const strings = [...shared, ...inline];
    expect(strings).toEqual(expect.arrayContaining(['报告', '=青禾街道述职', '措施空泛 1 处、原因客观化 1 处', '1. "重业务轻党建", <b>&（原文：“整改不彻底”）。']));
    expect(sheet).toMatch(/<v>6<\/v>/);
  });
});
