import type { CompiledRuleset } from '@/lib/checker/compile';
import { decodeParts } from '@/lib/checker/sections/decode';
import { explainStart } from '@/lib/checker/sections/explain';
import { scoreUnits } from '@/lib/checker/sections/score-units';
import { kindOfState } from '@/lib/checker/sections/states';
import { splitUnits } from '@/lib/checker/sections/units';
import type { Section } from '@/lib/checker/types';
import type { Locale } from '@/lib/i18n/locale';

/**
 * Splits a report into parts by what its sentences say, with headings and turn phrases as strong
 * evidence; text before the first part belongs to none. With `explain` (the language to explain in),
 * each section says why it starts where it does.
 */
export function detectSections(text: string, compiled: CompiledRuleset, explain: Locale | null = null): Section[] {
  const units = splitUnits(text, compiled);
  const scores = scoreUnits(text, units, compiled);
  const states = decodeParts(units, scores.emission, compiled.ruleset.sections);
  const sections: Section[] = [];
  for (let u = 0; u < units.count; u++) {
    const kind = kindOfState(states[u]!);
    if (!kind || (u > 0 && states[u - 1] === states[u])) continue;
    const start = units.start[u]!;
    const current = sections.at(-1);
    if (current) current.end = start;
    // One literal per shape: a heading added afterwards would give every section a second hidden class.
    const title = units.title(u);
    const section: Section = title === null ? { kind, start, end: text.length } : { kind, start, end: text.length, heading: title };
    if (explain) section.why = explainStart(text, units, u, states, scores, compiled, explain);
    sections.push(section);
  }
  return sections;
}
