/** Why a file cannot be checked; the CLI prints `zh` and `en` and exits 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${file}: ${en}`);
  }
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

/** Decodes report bytes: UTF-8 (BOM removed) when valid, else GB18030/GBK; rejects binary and empty input. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) throw new InputError(file, '看起来是二进制文件（含 NUL 字节），不是文本', 'looks like a binary file (contains NUL bytes), not text');
  let decoded: DecodedText;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      decoded = { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new InputError(file, '无法按 UTF-8 或 GB18030 解码，可能是二进制文件', 'cannot be decoded as UTF-8 or GB18030; probably binary');
    }
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file, '文件为空', 'file is empty');
  return { ...decoded, text };
}
