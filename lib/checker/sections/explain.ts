import type { CompiledRuleset } from '@/lib/checker/compile';
import type { Scores } from '@/lib/checker/sections/score-units';
import { STATE_COUNT, stateOf } from '@/lib/checker/sections/states';
import { TOP, type Units } from '@/lib/checker/sections/units';
import type { Locale } from '@/lib/i18n/locale';

/** The words of an explanation, by decoder state for the part names. */
const SAY = {
  zh: {
    part: ['开头', '成绩', '问题', '原因', '措施'],
    heading: '标题',
    subHeading: '小标题',
    names: (level: string, title: string, part: string) => `${level}“${title}”指向${part}`,
    unnamed: (level: string, title: string) => `${level}“${title}”（标题未点明，按内容判断）`,
    turns: '转折语',
    cues: '线索',
    continues: '与前文连续',
    quote: (w: string) => `“${w}”`,
    join: '',
    separator: '；',
    score: (total: string) => `（得分 ${total}）`,
  },
  en: {
    part: ['opening', 'achievements', 'problems', 'causes', 'measures'],
    heading: 'heading',
    subHeading: 'sub-heading',
    names: (level: string, title: string, part: string) => `${level} “${title}” names ${part}`,
    unnamed: (level: string, title: string) => `${level} “${title}” (names no part; judged by content)`,
    turns: 'turn phrase ',
    cues: 'cues ',
    continues: 'continues the text before',
    quote: (w: string) => `“${w}”`,
    join: ', ',
    separator: '; ',
    score: (total: string) => ` (score ${total})`,
  },
} satisfies Record<Locale, unknown>;
/** How many units after the start are searched for the cues that carried the decision. */
const LOOK_AHEAD = 3;

/**
 * Why a part starts at unit `u`, for the reviewer: the heading that names it, the turn phrase, or the
 * cue words of this and the next few sentences of the part, with their total score.
 */
export function explainStart(
  text: string,
  units: Units,
  u: number,
  states: Uint8Array,
  scores: Scores,
  compiled: CompiledRuleset,
  locale: Locale,
): string {
  const say = SAY[locale];
  const state = states[u]!;
  const heading = units.heading(u);
  const reasons: string[] = [];
  if (heading) {
    const level = units.boundary[u] === TOP ? say.heading : say.subHeading;
    reasons.push(scores.titleKind[u] === state ? say.names(level, heading.title, say.part[state]!) : say.unnamed(level, heading.title));
  }
  const turns: string[] = [];
  const words: string[] = [];
  let total = 0;
  const { cues } = compiled.ruleset.sections;
  const scan = compiled.cueScan;
  for (let k = u; k < units.count && k <= u + LOOK_AHEAD && states[k] === state; k++) {
    total += scores.emission[k * STATE_COUNT + state]!;
    const slice = text.slice(units.start[k]!, units.end[k]!);
    for (let from = 0; scan.next(slice, from); from = scan.after()) {
      if (scan.end === scan.start) continue;
      const cue = scan.entry;
      if (stateOf(cues[cue]!.kind) !== state) continue;
      const word = slice.slice(scan.start, scan.end);
      const list = cues[cue]!.turn && k === u ? turns : words;
      if (!list.includes(word) && list.length < 5) list.push(word);
    }
  }
  if (turns.length) reasons.push(say.turns + turns.map(say.quote).join(say.join));
  if (words.length) reasons.push(say.cues + words.map(say.quote).join(say.join));
  if (!heading && !turns.length && !words.length) reasons.push(say.continues);
  return reasons.join(say.separator) + say.score(total.toFixed(1));
}
