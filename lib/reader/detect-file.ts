import { decodeText, InputError } from '@/cli/decode-text';

/** A local report the reader can show, told apart by its bytes (a file's extension is only a hint). */
export type ReportFile =
  | { kind: 'pdf'; name: string; bytes: Uint8Array }
  | { kind: 'docx'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16' };

/** Bigger than any report; a file this size is a scan archive or a mistake, and would stall the page. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export { InputError as ReaderFileError };

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF_MAGIC = ascii('{\\rtf');
const IMAGE_MAGICS = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], ascii('GIF8'), ascii('BM')];

/** Whether `needle` occurs in `bytes` (zip entry names are stored uncompressed in the archive). */
function contains(bytes: Uint8Array, needle: string): boolean {
  const pattern = ascii(needle);
  outer: for (let i = bytes.indexOf(pattern[0]!); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(pattern[0]!, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

const extensionOf = (name: string) => /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Which kind of report `bytes` hold, or an `InputError` that says in both languages what is wrong with
 * the file. PDF and Word are recognised by their signatures (a PDF may carry junk before `%PDF-`, as
 * pdf.js accepts); everything else must be text in UTF-8, GB18030/GBK or UTF-16 with a byte-order mark.
 */
export function detectReportFile(name: string, bytes: Uint8Array): ReportFile {
  const fail = (zh: string, en: string): never => {
    throw new InputError(name, zh, en);
  };
  if (bytes.length === 0) fail('文件为空（0 字节）', 'the file is empty (0 bytes)');
  if (bytes.length > MAX_FILE_BYTES) fail(`文件太大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB）`, `the file is too large (over ${MAX_FILE_BYTES / 1024 / 1024} MB)`);

  if (contains(bytes.subarray(0, 1024), '%PDF-')) return { kind: 'pdf', name, bytes };
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (contains(bytes, 'word/document.xml')) return { kind: 'docx', name, bytes };
    if (contains(bytes, 'xl/workbook')) fail('这是 Excel 表格（.xlsx），不是报告文档', 'this is an Excel workbook (.xlsx), not a report document');
    if (contains(bytes, 'ppt/presentation')) fail('这是 PowerPoint 演示文稿（.pptx），请另存为 PDF 后打开', 'this is a PowerPoint file (.pptx); save it as PDF first');
    fail('这是 ZIP 压缩包而不是 Word 文档；请先解压，或者文件已损坏', 'this is a ZIP archive, not a Word document; unpack it first, or the file is damaged');
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    fail('这是旧版 Word（.doc）或 WPS 文件，请在 Word/WPS 中另存为 .docx 或 PDF 后打开', 'this is an old Word (.doc) or WPS file; save it as .docx or PDF in Word/WPS first');
  }
  if (startsWith(bytes, RTF_MAGIC)) fail('这是 RTF 文件，请另存为 .docx 或 PDF 后打开', 'this is an RTF file; save it as .docx or PDF first');
  if (IMAGE_MAGICS.some((magic) => startsWith(bytes, magic))) fail('这是图片文件，没有可批注的文字', 'this is an image file: it has no text to annotate');

  const ext = extensionOf(name);
  if (ext === 'pdf') fail('扩展名是 .pdf，但内容不是 PDF（文件不完整或已损坏）', 'named .pdf, but the content is not a PDF (incomplete or damaged file)');
  if (ext === 'docx') fail('扩展名是 .docx，但内容不是 Word 文档（文件不完整或已损坏）', 'named .docx, but the content is not a Word document (incomplete or damaged file)');

  const utf16 = decodeUtf16(name, bytes);
  if (utf16 !== null) {
    if (utf16.trim() === '') fail('文件只有空白，没有文字', 'the file holds only white space');
    return { kind: 'text', name, text: utf16, encoding: 'utf-16' };
  }
  try {
    return { kind: 'text', name, ...decodeText(name, bytes) };
  } catch (error) {
    if (error instanceof InputError && ext !== 'txt' && ext !== 'text' && ext !== 'md') {
      fail(`不是可打开的报告（支持 PDF、Word .docx 和文本文件）：${error.zh}`, `not a report this reader opens (PDF, Word .docx or text): ${error.en}`);
    }
    throw error;
  }
}

/** Text saved as "Unicode" by Windows Notepad: UTF-16 with a byte-order mark. */
function decodeUtf16(name: string, bytes: Uint8Array): string | null {
  const label = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  if (!label) return null;
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(name, '以 UTF-16 字节序标记开头，但内容无法解码（文件已损坏）', 'starts with a UTF-16 byte-order mark but cannot be decoded (damaged file)');
  }
}
