import type { CompiledRuleset } from '@/lib/checker/compile';
import { detectHeadings } from '@/lib/checker/sections/detect-headings';
import { detectTurns } from '@/lib/checker/sections/detect-turns';
import { SECTION_KINDS, type Section } from '@/lib/checker/types';

const rank = (kind: Section['kind'] | undefined) => (kind ? SECTION_KINDS.indexOf(kind) : -1);

/** Splits a report into parts; text before the first part belongs to none. */
export function detectSections(text: string, compiled: CompiledRuleset): Section[] {
  const boundaries = [...detectHeadings(text, compiled), ...detectTurns(text, compiled)].sort((a, b) => a.pos - b.pos);
  const sections: Section[] = [];
  for (const b of boundaries) {
    const current = sections.at(-1);
    if (current?.kind === b.kind) continue;
    // A turn phrase never goes back (下一步 inside 成绩 is not a plan); a heading may.
    if (b.source === 'turn' && rank(b.kind) <= rank(current?.kind)) continue;
    if (current) current.end = b.pos;
    sections.push({ kind: b.kind, start: b.pos, end: text.length, ...(b.heading ? { heading: b.heading } : {}) });
  }
  return sections;
}
