import { describe, expect, it } from 'vitest';
import { reportName } from '@/lib/reader/report-name';

describe('reportName', () => {
  it('prefers a real PDF title', () => {
    expect(reportName('scan001.pdf', '2025年度个人述职报告（张三）')).toBe('2025年度个人述职报告（张三）');
  });
  it('reads the file name under a Word print title', () => {
    expect(reportName('x.pdf', 'Microsoft Word - 李四述职报告.docx')).toBe('李四述职报告');
  });
  it.each([undefined, null, '', '  ', 'Untitled', '无标题', 'Microsoft Word'])('falls back to the file name for title %j', (title) => {
    expect(reportName('王五2025述职报告.pdf', title)).toBe('王五2025述职报告');
  });
  it('keeps a name that is only an extension', () => {
    expect(reportName('.txt')).toBe('.txt');
  });
});
