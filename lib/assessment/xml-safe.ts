/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF). Escaping does not help with these: a report pasted from another program may carry
 * them, and one of them in `document.xml` or a sheet makes Word or Excel refuse the whole file.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters no XML file may contain; everything else is left to the writer's escaping. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}
