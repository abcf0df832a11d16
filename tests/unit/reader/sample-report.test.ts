import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleReportFile } from '@/lib/reader/sample-report';

describe('sampleReportFile', () => {
  it('turns the packaged demo page into the text file the reader shows: title, headings and paragraphs, without the demo note', () => {
    const { fileName, text } = sampleReportFile(fs.readFileSync(path.resolve('demo/report.html'), 'utf8'));
    const lines = text.split('\n');
    expect(fileName).toBe('示例：东湖镇党委书记抓基层党建工作述职报告.txt');
    expect(lines[0]).toBe('东湖镇党委书记抓基层党建工作述职报告');
    expect(lines).toContain('二、存在的问题');
    expect(lines).toContain('四是今年××月前完成全镇党群服务中心标准化改造，覆盖**个村。');
    expect(text).not.toContain('演示页面');
    expect(text).not.toMatch(/[<>]/);
  });

  it('reads entities and inline markup as text, and names a page without a title by its first line', () => {
    const { fileName, text } = sampleReportFile('<h1>张三 &amp; 李四的<b>述职</b>报告</h1>\n<p class="intro">一、成绩&nbsp;显著</p><p class="note">演示说明</p>');
    expect(text).toBe('张三 & 李四的述职报告\n一、成绩 显著');
    expect(fileName).toBe('张三 & 李四的述职报告.txt');
  });
});
