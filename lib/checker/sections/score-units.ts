import type { CompiledRuleset } from '@/lib/checker/compile';
import type { CueTarget } from '@/lib/checker/ruleset-schema';
import type { Unit } from '@/lib/checker/sections/units';
import { SECTION_KINDS, type SectionKind } from '@/lib/checker/types';

/** States of the decoder: 0 is the preamble, then the four parts in their usual order. */
export const STATES = ['preamble', ...SECTION_KINDS] as const;
export const STATE_COUNT = STATES.length;

export const stateOf = (target: CueTarget): number => (target === 'none' ? -1 : STATES.indexOf(target));

export interface Scores {
  /** `emission[u * STATE_COUNT + s]`: how much unit u says it belongs to state s. */
  emission: Float64Array;
  /** What each heading's title names first (a state), or -1. */
  titleKind: Int8Array;
}

/**
 * Scores every unit for every part: cue words found in one scan over the text (capped per unit, so one
 * long sentence cannot outvote a paragraph), heading titles, and turn phrases, which also make the unit
 * a place where a part may start.
 */
export function scoreUnits(text: string, units: Unit[], compiled: CompiledRuleset): Scores {
  const { cues, weights } = compiled.ruleset.sections;
  const emission = new Float64Array(units.length * STATE_COUNT);
  const titleKind = new Int8Array(units.length).fill(-1);
  const cueState = cues.map((c) => stateOf(c.kind));
  const alsoStates = cues.map((c) => c.alsoFor.map((a) => ({ state: stateOf(a.kind), share: a.share })));
  const used = new Float64Array(cues.length);
  const { scan, groups } = compiled.cueScan;
  scan.lastIndex = 0;
  let u = 0;
  let current = -1;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    const pos = m.index;
    while (u < units.length && units[u]!.end <= pos) u++;
    if (u >= units.length) break;
    const unit = units[u]!;
    if (pos < unit.start) continue;
    if (u !== current) {
      used.fill(0);
      current = u;
    }
    let cue = 0;
    while (cue < groups.length && m[groups[cue]!] === undefined) cue++;
    const state = cueState[cue]!;
    const config = cues[cue]!;
    if (state < 0) continue;
    const gain = Math.min(config.weight * (unit.lead ? weights.leadLine : 1), config.cap * (unit.lead ? weights.leadLine : 1) - used[cue]!);
    if (gain <= 0) continue;
    used[cue]! += gain;
    emission[u * STATE_COUNT + state]! += gain;
    for (const also of alsoStates[cue]!) emission[u * STATE_COUNT + also.state]! += gain * also.share;
    if (config.turn) {
      if (unit.boundary === 'paragraph' || unit.boundary === 'sentence') unit.boundary = 'turn';
      if (unit.named < 0) unit.named = state;
    }
  }
  for (let k = 0; k < units.length; k++) emission[k * STATE_COUNT]! += weights.preamble;
  // The parts the heading in force names (二、问题及整改措施 → problem, measure): an inner heading or a turn
  // phrase goes back only to one of them, and an inner slogan heading (坚持问题导向，强化保障措施 under
  // 一、履职情况) names no other part; a bare name of a later part (产生原因：) still does.
  let announced: number[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    const heading = unit.heading;
    if (!heading) {
      if (unit.named >= 0 && announced.length && !announced.includes(unit.named)) unit.named = -1;
      continue;
    }
    let named = titleKinds(heading.title, compiled);
    if (unit.boundary === 'top') announced = named;
    else if (announced.length) {
      const last = Math.max(...announced);
      named = named.filter((state) => announced.includes(state) || (state > last && isBareName(heading.title)));
    }
    if (named.length) {
      titleKind[k] = named[0]!;
      unit.named = named[0]!;
      const top = unit.boundary === 'top';
      named.forEach((state, i) => {
        emission[k * STATE_COUNT + state]! += i === 0 ? (top ? weights.topHeading : weights.subHeading) : top ? weights.topHeadingOther : weights.subHeadingOther;
      });
    } else {
      unit.named = -1;
    }
  }
  return { emission, titleKind };
}

/** A short title of one phrase (产生原因, 整改措施): a part's name rather than a slogan. */
const isBareName = (title: string): boolean => title.length <= 12 && !/[，,、；]/.test(title);

/** The parts a title names, in the order it names them (问题及原因 → problem, cause). */
export function titleKinds(title: string, compiled: CompiledRuleset): number[] {
  const { scan, groups } = compiled.titleScan;
  const entries = compiled.ruleset.sections.titleKinds;
  const found: { state: number; at: number }[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(title); m; m = scan.exec(title)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    let e = 0;
    while (e < groups.length && m[groups[e]!] === undefined) e++;
    const state = stateOf(entries[e]!.kind);
    if (state > 0 && !found.some((f) => f.state === state)) found.push({ state, at: entries[e]!.wholeTitle ? -1 : m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.state);
}

export const kindOfState = (state: number): SectionKind | undefined => (state > 0 ? SECTION_KINDS[state - 1] : undefined);
