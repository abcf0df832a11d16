import { EVIDENCE_ORDER, type CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceKind } from '@/lib/checker/ruleset-schema';

/** Where each kind of concrete evidence starts, found once per kind over the whole text. */
export class EvidenceIndex {
  private readonly starts = new Map<EvidenceKind, number[]>(EVIDENCE_ORDER.map((k) => [k, []]));

  constructor(text: string, compiled: CompiledRuleset) {
    const formulas = quotedFormulas(text, compiled.ruleset.thresholds.maxFormulaChars);
    for (const { kind, scan, skipGroup } of compiled.evidenceScans) {
      const starts = this.starts.get(kind)!;
      const counts = kind === 'quantity' || kind === 'date';
      let f = 0;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        if (m[0].length === 0) scan.lastIndex++;
        if (skipGroup !== 0 && m[skipGroup] !== undefined) continue;
        if (counts) {
          while (f < formulas.length && formulas[f]!.end <= m.index) f++;
          if (f < formulas.length && formulas[f]!.start <= m.index && m.index + m[0].length <= formulas[f]!.end) continue;
        }
        starts.push(m.index);
      }
    }
  }

  /** Asks about these kinds for spans in text order, in amortised O(1) per span. */
  cursor(kinds: readonly EvidenceKind[]): EvidenceCursor {
    return new EvidenceCursor(kinds.map((kind) => this.starts.get(kind)!));
  }
}

/** Short quoted phrases (“八小时以外”, “三个100%”): a number inside one names a formula, not a fact. */
function quotedFormulas(text: string, maxChars: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (maxChars === 0) return out;
  const re = new RegExp(`“[^“”\\n]{1,${maxChars}}”`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
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
