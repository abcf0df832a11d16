import type { CompiledRuleset } from '@/lib/checker/compile';
import { decodeParts } from '@/lib/checker/sections/decode';
import { explainStart } from '@/lib/checker/sections/explain';
import { kindOfState, scoreUnits } from '@/lib/checker/sections/score-units';
import { splitUnits } from '@/lib/checker/sections/units';
import type { Section } from '@/lib/checker/types';

/**
 * Splits a report into parts by what its sentences say, with headings and turn phrases as strong
 * evidence; text before the first part belongs to none. With `explain`, each section says why it starts
 * where it does.
 */
export function detectSections(text: string, compiled: CompiledRuleset, explain = false): Section[] {
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
    const section: Section = { kind, start, end: text.length };
    const heading = units.headings.get(u);
    if (heading) section.heading = heading.title;
    if (explain) section.why = explainStart(text, units, u, states, scores, compiled);
    sections.push(section);
  }
  return sections;
}
