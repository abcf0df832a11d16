import type { SectionsConfig } from '@/lib/checker/ruleset-schema';
import { STATE_COUNT } from '@/lib/checker/sections/states';
import type { Units } from '@/lib/checker/sections/units';
import { BOUNDARIES } from '@/lib/checker/ruleset-schema';

/**
 * The most likely part of every unit (Viterbi over units): the sum of unit scores minus the cost of
 * each change of part. Moving on is cheap at a heading or a turn phrase and dear inside a paragraph;
 * going back to an earlier part costs extra, so interleaved 问题/原因/措施 items are possible but need
 * evidence. Nothing goes back to the preamble. O(units × states²), no allocation per unit beyond the
 * back-pointers.
 */
export function decodeParts(units: Units, emission: Float64Array, config: SectionsConfig): Uint8Array {
  const n = units.count;
  const forwardCost = BOUNDARIES.map((b) => config.forwardCost[b]);
  const backwardCost = BOUNDARIES.map((b) => config.backwardCost[b]);
  const paragraphBackward = config.backwardCost.paragraph;
  const states = new Uint8Array(n);
  if (n === 0) return states;
  const back = new Uint8Array(n * STATE_COUNT);
  let score = new Float64Array(STATE_COUNT);
  let next = new Float64Array(STATE_COUNT);
  // Starting in a part costs what moving into it from the preamble would.
  for (let s = 0; s < STATE_COUNT; s++) score[s] = emission[s]! - (s === 0 ? 0 : forwardCost[units.boundary[0]!]!);
  for (let u = 1; u < n; u++) {
    const b = units.boundary[u]!;
    const named = units.named[u]!;
    const forward = forwardCost[b]!;
    const backward = forward + backwardCost[b]!;
    const unnamedBackward = forward + Math.max(backwardCost[b]!, paragraphBackward);
    // Nothing returns to the preamble: it is only ever stayed in.
    next[0] = score[0]! + emission[u * STATE_COUNT]!;
    back[u * STATE_COUNT] = 0;
    for (let to = 1; to < STATE_COUNT; to++) {
      // The candidates in the order of their state, ties to the lowest: forward moves, staying, going back.
      let best = -Infinity;
      let from = 0;
      for (let s = 0; s < to; s++) {
        const v = score[s]! - forward;
        if (v > best) {
          best = v;
          from = s;
        }
      }
      if (score[to]! > best) {
        best = score[to]!;
        from = to;
      }
      const goBack = to === named ? backward : unnamedBackward;
      for (let s = to + 1; s < STATE_COUNT; s++) {
        const v = score[s]! - goBack;
        if (v > best) {
          best = v;
          from = s;
        }
      }
      next[to] = best + emission[u * STATE_COUNT + to]!;
      back[u * STATE_COUNT + to] = from;
    }
    const done = score;
    score = next;
    next = done;
  }
  let state = 0;
  for (let s = 1; s < STATE_COUNT; s++) if (score[s]! > score[state]!) state = s;
  for (let u = n - 1; u >= 0; u--) {
    states[u] = state;
    state = back[u * STATE_COUNT + state]!;
  }
  return states;
}
