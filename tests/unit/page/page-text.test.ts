import { describe, expect, it } from 'vitest';
import { cleanPageLines, closeUpSpacedHan, isPageNumberLine, readingTextOfPages } from '@/lib/page/sources/page-text';

// A text layer gives one line per visual line; these pages look like what pdf.js extracts from a
// report printed to PDF: a 20-character column, paragraphs wrapped anywhere, a footer on every page.
const PAGE_1 = [
  '2025年度个人述职报告',
  '一、履职情况和主要成效',
  '今年以来，我认真履行岗位职责，全年走访社区',
  '工作者43人，解决群众反映的问题共计12件，其',
  '中涉及养老服务的有5件。',
  '二、存在的问题',
  '一是理论学习不够深入，学用结合还有差距，对',
  '— 1 —',
].join('\n');
const PAGE_2 = [
  '新政策的研究不够。',
  '党 组 织 书 记 要 身 体 力 行 ， 带 头 学 习 。',
  '二是队伍建设仍有短板，全年流失社区工作者43',
  '人，人员队伍不够稳定。',
  '— 2 —',
].join('\n');

describe('readingTextOfPages', () => {
  const text = readingTextOfPages([PAGE_1, PAGE_2]);
  const lines = text.split('\n');

  it('joins the visual lines of a paragraph, across a page break too', () => {
    expect(lines).toContain('今年以来，我认真履行岗位职责，全年走访社区工作者43人，解决群众反映的问题共计12件，其中涉及养老服务的有5件。');
    expect(lines).toContain('一是理论学习不够深入，学用结合还有差距，对新政策的研究不够。');
  });

  it('keeps headings and the title on lines of their own', () => {
    expect(lines.slice(0, 2)).toEqual(['2025年度个人述职报告', '一、履职情况和主要成效']);
    expect(lines).toContain('二、存在的问题');
  });

  it('does not split a number from its unit at a line end', () => {
    expect(lines).toContain('二是队伍建设仍有短板，全年流失社区工作者43人，人员队伍不够稳定。');
  });

  it('drops page footers and closes up spaced-out Han characters', () => {
    expect(text).not.toMatch(/— \d —/);
    expect(lines).toContain('党组织书记要身体力行，带头学习。');
  });

  it('gives the same text for the same pages read from the DOM or the API (whitespace aside)', () => {
    const withSpaces = [PAGE_1, PAGE_2].map((page) => page.replace(/\n/g, ' \n'));
    expect(readingTextOfPages(withSpaces)).toBe(text);
  });
});

describe('page furniture', () => {
  it('recognises page numbers in the forms reports use', () => {
    for (const line of ['— 3 —', '- 12 -', '7', '第 3 页', '第3页 共16页', '3 / 16', 'Page 2 of 9']) expect(isPageNumberLine(line)).toBe(true);
    for (const line of ['2025年', '一、主要成绩', '3. 加强学习', '共计12件']) expect(isPageNumberLine(line)).toBe(false);
  });

  it('drops a running header repeated on most pages, but not report text that happens to repeat once', () => {
    const bodies = ['走访社区工作者43人。', '解决群众反映的问题12件。', '重复一次的句子。', '重复一次的句子。'];
    const pages = bodies.map((body, i) => `某某区民政局2025年度述职报告\n${body}\n第 ${i + 1} 页 共 4 页`);
    const cleaned = cleanPageLines(pages);
    expect(cleaned).toEqual(bodies.map((body) => [body]));
  });

  it('closes up only lines that are spaced out, not a heading with one space', () => {
    expect(closeUpSpacedHan('要 身 体 力 行 ， 带 头')).toBe('要身体力行，带头');
    expect(closeUpSpacedHan('第一部分 履职情况和主要成效')).toBe('第一部分 履职情况和主要成效');
    expect(closeUpSpacedHan('Work report 2025')).toBe('Work report 2025');
  });
});
