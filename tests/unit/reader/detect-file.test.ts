import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { detectReportFile, ReaderFileError } from '@/lib/reader/detect-file';

const utf8 = (s: string) => new TextEncoder().encode(s);
const REPORT = '第一部分 履职情况\n全年完成社区走访 1200 户，化解矛盾纠纷 43 件。\n';

/** GB18030 bytes of `s`, as a Windows editor in a Chinese office saves a .txt. */
function gb18030(s: string): Uint8Array {
  // TextEncoder only writes UTF-8: invert the decoder over the two-byte range.
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return new Uint8Array([...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

const errorOf = (name: string, bytes: Uint8Array) => {
  try {
    detectReportFile(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderFileError);
    return error as ReaderFileError;
  }
  throw new Error('expected the file to be rejected');
};

describe('detectReportFile', () => {
  it('reads UTF-8 text, with or without a byte-order mark', () => {
    expect(detectReportFile('报告.txt', utf8(REPORT))).toEqual({ kind: 'text', name: '报告.txt', text: REPORT, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(REPORT)]);
    expect(detectReportFile('报告.txt', withBom)).toMatchObject({ text: REPORT, encoding: 'utf-8' });
  });

  it('reads GB18030/GBK text and says so', () => {
    const bytes = gb18030(REPORT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    expect(detectReportFile('报告.txt', bytes)).toMatchObject({ kind: 'text', text: REPORT, encoding: 'gb18030' });
  });

  it('reads UTF-16 text saved by Notepad as "Unicode"', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...REPORT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(detectReportFile('报告.txt', le)).toMatchObject({ kind: 'text', text: REPORT, encoding: 'utf-16' });
  });

  it('recognises a PDF and a Word document by their content, whatever the name', () => {
    const pdf = utf8('%PDF-1.7\n1 0 obj\n');
    expect(detectReportFile('下载.bin', pdf)).toMatchObject({ kind: 'pdf', name: '下载.bin' });
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(detectReportFile('report', docx)).toMatchObject({ kind: 'docx' });
  });

  it.each([
    ['empty.pdf', new Uint8Array(), '文件为空'],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '旧版 Word（.doc）'],
    ['sheet.xlsx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'Excel'],
    ['archive.docx', zipSync({ 'a.txt': strToU8('x') }), 'ZIP 压缩包'],
    ['cut.pdf', utf8('this was a PDF once'), '内容不是 PDF'],
    ['broken.docx', utf8('not a zip'), '内容不是 Word 文档'],
    ['scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), '图片'],
    ['blank.txt', utf8(' \n\t\n'), '文件为空'],
    ['notes.txt', new Uint8Array([0x41, 0x00, 0x42]), '二进制'],
    ['program.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]), '支持 PDF、Word .docx 和文本文件'],
  ])('rejects %s with a message saying what is wrong', (name, bytes, expected) => {
    const error = errorOf(name, bytes);
    expect(error.zh).toContain(expected);
    expect(error.en.length).toBeGreaterThan(10);
    expect(error.file).toBe(name);
  });
});
