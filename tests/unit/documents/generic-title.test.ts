import { describe, expect, it } from 'vitest';
import { chooseTitle, isGenericTitle } from '@/lib/documents/generic-title';

describe('isGenericTitle / chooseTitle', () => {
  it.each(['文档预览', '在线预览', '附件预览', '文件查看', 'PDF.js viewer', 'pdf viewer', 'Preview', '', '  ', '无标题', 'https://oa.example.cn/view?id=1', 'Loading...'])(
    'treats %j as a viewer’s title',
    (title) => expect(isGenericTitle(title)).toBe(true),
  );

  it.each(['张三2024年度述职报告', '关于2024年度抓基层党建工作的述职报告', '预览版：李四述职报告', 'report.pdf'])('treats %j as a report’s title', (title) =>
    expect(isGenericTitle(title)).toBe(false),
  );

  it('keeps a real title against a generic one, and otherwise takes what the page shows now', () => {
    expect(chooseTitle('张三述职报告', '文档预览')).toBe('张三述职报告');
    expect(chooseTitle('文档预览', '张三述职报告')).toBe('张三述职报告');
    expect(chooseTitle('张三述职报告（初稿）', '张三述职报告（终稿）')).toBe('张三述职报告（终稿）');
    expect(chooseTitle('文档预览', 'PDF.js viewer')).toBe('PDF.js viewer');
  });
});
