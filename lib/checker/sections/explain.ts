import type { CompiledRuleset } from '@/lib/checker/compile';
import { STATE_COUNT, stateOf, type Scores } from '@/lib/checker/sections/score-units';
import { TOP, type Units } from '@/lib/checker/sections/units';

const PART_LABEL = ['开头', '成绩', '问题', '原因', '措施'];
/** How many units after the start are searched for the cues that carried the decision. */
const LOOK_AHEAD = 3;

/**
 * Why a part starts at unit `u`, for the reviewer: the heading that names it, the turn phrase, or the
 * cue words of this and the next few sentences of the part, with their total score.
 */
export function explainStart(text: string, units: Units, u: number, states: Uint8Array, scores: Scores, compiled: CompiledRuleset): string {
  const state = states[u]!;
  const heading = units.headings.get(u);
  const reasons: string[] = [];
  if (heading) {
    const level = units.boundary[u] === TOP ? '标题' : '小标题';
    reasons.push(
      scores.titleKind[u] === state
        ? `${level}“${heading.title}”指向${PART_LABEL[state]}`
        : `${level}“${heading.title}”（标题未点明，按内容判断）`,
    );
  }
  const turns: string[] = [];
  const words: string[] = [];
  let total = 0;
  const { cues } = compiled.ruleset.sections;
  const { scan, groups } = compiled.cueScan;
  for (let k = u; k < units.count && k <= u + LOOK_AHEAD && states[k] === state; k++) {
    total += scores.emission[k * STATE_COUNT + state]!;
    const slice = text.slice(units.start[k]!, units.end[k]!);
    scan.lastIndex = 0;
    for (let m = scan.exec(slice); m; m = scan.exec(slice)) {
      if (m[0].length === 0) {
        scan.lastIndex++;
        continue;
      }
      let cue = 0;
      while (cue < groups.length && m[groups[cue]!] === undefined) cue++;
      if (stateOf(cues[cue]!.kind) !== state) continue;
      const list = cues[cue]!.turn && k === u ? turns : words;
      if (!list.includes(m[0]) && list.length < 5) list.push(m[0]);
    }
  }
  if (turns.length) reasons.push(`转折语${turns.map((w) => `“${w}”`).join('')}`);
  if (words.length) reasons.push(`线索${words.map((w) => `“${w}”`).join('')}`);
  if (!heading && !turns.length && !words.length) reasons.push('与前文连续');
  return `${reasons.join('；')}（得分 ${total.toFixed(1)}）`;
}
