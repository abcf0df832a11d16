import type { Locale } from '@/lib/i18n/locale';
import { FILE_TEXT } from '@/lib/i18n/file-text';

/** Engines report the error position differently (V8: "at position N"; Firefox: "line L column C"). */
export function describeJsonError(text: string, error: unknown, locale: Locale): string {
  const message = errorMessage(error);
  const at = /at position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  let where: { line: number; column: number } | undefined;
  if (lineColumn) where = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  else if (at) where = lineAndColumn(text, Number(at[1]));
  else if (/end of (JSON )?(input|data)/i.test(message)) where = lineAndColumn(text, text.length);

  if (where) return FILE_TEXT[locale].jsonSyntaxNear(where.line, where.column);
  return FILE_TEXT[locale].jsonInvalid(message.length > 200 ? `${message.slice(0, 200)}…` : message);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}


export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
