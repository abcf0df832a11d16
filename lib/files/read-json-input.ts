import type { Locale } from '@/lib/i18n/locale';
import { FILE_TEXT } from '@/lib/i18n/file-text';
import { describeJsonError, errorMessage } from './json-error';

/** A `File`/`Blob`, or anything with a size that can be read as text (tests, the CLI). */
export interface BlobLike {
  readonly size: number;
  text(): Promise<string>;
}

export type JsonInput = { ok: true; raw: unknown } | { ok: false; errors: string[] };

/**
 * The steps every file Pingyue reads goes through before its own schema: refuse it by size before
 * reading (parsing a huge file could freeze the page), read it, refuse empty content, parse JSON (a
 * leading BOM allowed) and say where the syntax breaks. `tooLarge` words the size refusal.
 */
export async function readJsonInput(
  input: string | BlobLike,
  limit: { maxBytes: number; tooLarge: (bytes: number) => string },
  locale: Locale,
): Promise<JsonInput> {
  const text = FILE_TEXT[locale];
  const fail = (error: string): JsonInput => ({ ok: false, errors: [error] });

  const size = typeof input === 'string' ? utf8Length(input) : input.size;
  if (size > limit.maxBytes) return fail(limit.tooLarge(size));

  let content: string;
  try {
    content = typeof input === 'string' ? input : await input.text();
  } catch (error) {
    return fail(text.cannotRead(errorMessage(error)));
  }
  if (!content.trim()) return fail(text.empty);

  try {
    return { ok: true, raw: JSON.parse(content.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return fail(describeJsonError(content, error, locale));
  }
}

/** UTF-8 size of a string without allocating an encoded copy (a UTF-16 unit is 1–3 bytes; pairs are 4). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
