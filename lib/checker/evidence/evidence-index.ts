import { EVIDENCE_ORDER, type CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceKind } from '@/lib/checker/ruleset-schema';

/** Where each kind of concrete evidence starts, found once per kind over the whole text. */
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

  /** Asks about these kinds for spans in text order, in amortised O(1) per span. */
  cursor(kinds: readonly EvidenceKind[]): EvidenceCursor {
    return new EvidenceCursor(kinds.map((kind) => this.starts.get(kind)!));
  }
}

/**
 * A forward-only reader of some kinds' start lists. Sentences are judged in text order, so each list is
 * walked once per rule instead of binary-searched per kind and sentence.
 */
export class EvidenceCursor {
  private readonly next: number[];

  constructor(private readonly lists: readonly (readonly number[])[]) {
    this.next = lists.map(() => 0);
  }

  /** Does any evidence start inside [start, end)? `start` must not decrease between calls. */
  has(start: number, end: number): boolean {
    for (let k = 0; k < this.lists.length; k++) {
      const list = this.lists[k]!;
      let i = this.next[k]!;
      while (i < list.length && list[i]! < start) i++;
      this.next[k] = i;
      if (i < list.length && list[i]! < end) return true;
    }
    return false;
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
