import { describe, expect, it } from 'vitest';
import { isGenericTitle, reportTitle, titleLine } from '@/lib/page/sources/report-title';

describe('reportTitle', () => {
  it('recognises the titles viewers give every document', () => {
    for (const title of ['文档预览', '预览', 'PDF.js viewer', 'pdf预览', '在线预览 - 某某区OA', '', 'Document Preview', '文件查看']) {
      expect(isGenericTitle(title), title).toBe(true);
    }
    for (const title of ['张三2025年度述职报告', '述职报告.pdf', '关于预览功能的说明']) expect(isGenericTitle(title), title).toBe(false);
  });

  const text = () => '— 1 —\n2025年度个人述职报告\n一、主要成绩';

  it('keeps a page title that names the report', () => {
    expect(reportTitle({ pageTitle: '张三述职报告', metadataTitle: '别的标题', text, url: 'https://oa.example/v' })).toBe('张三述职报告');
  });

  it('prefers the PDF metadata title, cleaned, then the title line, over a generic page title', () => {
    expect(reportTitle({ pageTitle: 'PDF.js viewer', metadataTitle: 'Microsoft Word - 李四述职报告.docx', text, url: '' })).toBe('李四述职报告');
    expect(reportTitle({ pageTitle: '文档预览', metadataTitle: 'untitled', text, url: '' })).toBe('2025年度个人述职报告');
    expect(reportTitle({ pageTitle: '文档预览', text: () => '', url: '' })).toBe('文档预览');
    expect(reportTitle({ pageTitle: '', text: () => '', url: 'https://oa.example/v' })).toBe('https://oa.example/v');
  });

  it('does not take a long first paragraph for a title', () => {
    expect(titleLine('今年以来'.repeat(30))).toBeNull();
  });
});
