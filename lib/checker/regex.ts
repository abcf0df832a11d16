/** Escapes a literal phrase for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of literal phrases; longest first so 不够到位 wins over 不够 at the same place. */
export const literalAlternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** Non-capturing alternation of regex sources; never matches when the list is empty. */
export const patternAlternation = (sources: readonly string[]): string =>
  sources.length ? sources.map((s) => `(?:${s})`).join('|') : '(?!)';

/**
 * How many capture groups a RegExp source has. Scans use numbered groups because a named group costs a
 * dictionary object per match; data patterns may hold groups of their own, so the numbers are counted.
 */
export const captureGroupCount = (source: string): number => new RegExp(`${source}|`).exec('')!.length - 1;
