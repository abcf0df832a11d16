import type { CompiledRuleset } from '@/lib/checker/compile';
import type { Boundary } from '@/lib/checker/sections/boundary';
import { startsUnit } from '@/lib/checker/sentences';

/** Phrases that open a part without a heading: 在肯定成绩的同时 / 究其原因 / 下一步，将… */
export function detectTurns(text: string, compiled: CompiledRuleset): Boundary[] {
  const out: Boundary[] = [];
  const re = compiled.turnScan;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const turn = compiled.turns.find((t) => m[t.group] !== undefined);
    if (turn && startsUnit(text, m.index, turn.at === 'paragraph')) {
      out.push({ pos: m.index, kind: turn.kind, source: 'turn' });
    }
  }
  return out;
}
