import type { CompiledRuleset } from '@/lib/checker/compile';
import { STATE_COUNT, stateOf } from '@/lib/checker/sections/states';
import { PARAGRAPH, SENTENCE, TOP, TURN, type Units } from '@/lib/checker/sections/units';

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
export function scoreUnits(text: string, units: Units, compiled: CompiledRuleset): Scores {
  const emission = new Float64Array(units.count * STATE_COUNT);
  const titleKind = new Int8Array(units.count).fill(-1);
  scoreCues(text, units, compiled, emission);
  const { preamble } = compiled.ruleset.sections.weights;
  for (let k = 0; k < units.count; k++) emission[k * STATE_COUNT]! += preamble;
  scoreHeadings(units, compiled, emission, titleKind);
  return { emission, titleKind };
}

/** The cue scan. Its own function, so V8 optimises this hot loop apart from the heading pass. */
function scoreCues(text: string, units: Units, compiled: CompiledRuleset, emission: Float64Array): void {
  const { state: cueState, weight, cap, turn, alsoState, alsoShare } = compiled.cueTable;
  const { leadLine } = compiled.ruleset.sections.weights;
  // What each cue gave the unit `usedIn[cue]` so far: stamped per cue instead of cleared per unit.
  const used = new Float64Array(cueState.length);
  const usedIn = new Int32Array(cueState.length).fill(-1);
  const { count, start, end, boundary, lead, named } = units;
  const scan = compiled.cueScan;
  let u = 0;
  for (let from = 0; scan.next(text, from); from = scan.after()) {
    const pos = scan.start;
    while (u < count && end[u]! <= pos) u++;
    if (u >= count) break;
    if (pos < start[u]!) continue;
    const cue = scan.entry;
    if (usedIn[cue] !== u) {
      usedIn[cue] = u;
      used[cue] = 0;
    }
    const state = cueState[cue]!;
    if (state < 0) continue;
    const times = lead[u] ? leadLine : 1;
    const gain = Math.min(weight[cue]! * times, cap[cue]! * times - used[cue]!);
    if (gain <= 0) continue;
    used[cue]! += gain;
    emission[u * STATE_COUNT + state]! += gain;
    if (alsoState[cue]! >= 0) emission[u * STATE_COUNT + alsoState[cue]!]! += gain * alsoShare[cue]!;
    if (turn[cue]) {
      if (boundary[u] === PARAGRAPH || boundary[u] === SENTENCE) boundary[u] = TURN;
      if (named[u]! < 0) named[u] = state;
    }
  }
}

/**
 * The parts the heading in force names (二、问题及整改措施 → problem, measure): an inner heading or a turn
 * phrase goes back only to one of them, and an inner slogan heading (坚持问题导向，强化保障措施 under
 * 一、履职情况) names no other part; a bare name of a later part (产生原因：) still does.
 */
function scoreHeadings(units: Units, compiled: CompiledRuleset, emission: Float64Array, titleKind: Int8Array): void {
  const { weights } = compiled.ruleset.sections;
  const { count, boundary, named, headingOf } = units;
  // A long report repeats its few heading titles: what each names is read once per check.
  const namesOf = new Map<string, number[]>();
  let announced: number[] = [];
  for (let k = 0; k < count; k++) {
    if (headingOf[k]! < 0) {
      if (named[k]! >= 0 && announced.length && !announced.includes(named[k]!)) named[k] = -1;
      continue;
    }
    const title = units.titles[headingOf[k]!]!;
    const top = boundary[k] === TOP;
    let names = namesOf.get(title);
    if (!names) namesOf.set(title, (names = titleKinds(title, compiled)));
    if (top) announced = names;
    else if (announced.length) {
      const last = Math.max(...announced);
      names = names.filter((state) => announced.includes(state) || (state > last && isBareName(title)));
    }
    if (names.length === 0) {
      named[k] = -1;
      continue;
    }
    titleKind[k] = names[0]!;
    named[k] = names[0]!;
    for (let i = 0; i < names.length; i++) {
      emission[k * STATE_COUNT + names[i]!]! += i === 0 ? (top ? weights.topHeading : weights.subHeading) : top ? weights.topHeadingOther : weights.subHeadingOther;
    }
  }
}

/** A short title of one phrase (产生原因, 整改措施): a part's name rather than a slogan. */
const isBareName = (title: string): boolean => title.length <= 12 && !/[，,、；]/.test(title);

/** The parts a title names, in the order it names them (问题及原因 → problem, cause). */
export function titleKinds(title: string, compiled: CompiledRuleset): number[] {
  const scan = compiled.titleScan;
  const entries = compiled.ruleset.sections.titleKinds;
  const states: number[] = [];
  const at: number[] = [];
  for (let from = 0; scan.next(title, from); from = scan.after()) {
    if (scan.end === scan.start) continue;
    const state = stateOf(entries[scan.entry]!.kind);
    if (state > 0 && !states.includes(state)) {
      states.push(state);
      at.push(entries[scan.entry]!.wholeTitle ? -1 : scan.start);
    }
  }
  // By where each part is named; a whole-title entry first. Few states: insertion sort, stable.
  for (let i = 1; i < states.length; i++) {
    for (let j = i; j > 0 && at[j - 1]! > at[j]!; j--) {
      [at[j - 1], at[j]] = [at[j]!, at[j - 1]!];
      [states[j - 1], states[j]] = [states[j]!, states[j - 1]!];
    }
  }
  return states;
}
