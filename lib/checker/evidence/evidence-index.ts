import { EVIDENCE_ORDER, type CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceKind } from '@/lib/checker/ruleset-schema';

/** Where each kind of concrete evidence starts, found once per kind so sentences can ask in O(log n). */
export class EvidenceIndex {
  private readonly starts = new Map<EvidenceKind, number[]>(EVIDENCE_ORDER.map((k) => [k, []]));

  constructor(text: string, compiled: CompiledRuleset) {
    for (const { kind, scan, skipGroup } of compiled.evidenceScans) {
      const starts = this.starts.get(kind)!;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        if (skipGroup === 0 || m[skipGroup] === undefined) starts.push(m.index);
        if (m[0].length === 0) scan.lastIndex++;
      }
    }
  }

  /** Does any evidence of these kinds start inside [start, end)? */
  has(kinds: readonly EvidenceKind[], start: number, end: number): boolean {
    return kinds.some((kind) => {
      const list = this.starts.get(kind)!;
      const i = lowerBound(list, start);
      return i < list.length && list[i]! < end;
    });
  }
}

export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
