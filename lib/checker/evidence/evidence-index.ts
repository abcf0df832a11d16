import { EVIDENCE_ORDER, type CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceKind } from '@/lib/checker/rule-config';
import type { JudgedSection } from '@/lib/checker/sections/table-cells';
import type { SectionKind } from '@/lib/checker/types';

/** Lookbehinds in evidence patterns see this far back: a section is scanned with this much text before it. */
const CONTEXT = 8;

/**
 * Where each kind of concrete evidence starts. Each kind is searched once, only in the sections whose
 * rules it can clear (deadlines in measure parts, dates in problem parts …), so no pass reads text that
 * no rule asks about.
 */
export class EvidenceIndex {
  private readonly starts = new Map<EvidenceKind, number[]>(EVIDENCE_ORDER.map((k) => [k, []]));

  constructor(text: string, compiled: CompiledRuleset, sections: readonly JudgedSection[]) {
    const formulas = quotedFormulas(text, compiled.formulaScan);
    const wanted = kindsWanted(compiled);
    const kinds = compiled.evidenceScans
      .filter(({ kind }) => wanted.has(kind))
      .map(({ kind, scan, skipGroup }) => ({
        scan,
        skipGroup,
        parts: wanted.get(kind)!,
        starts: this.starts.get(kind)!,
        counts: kind === 'quantity' || kind === 'date',
        /** The first quoted formula that may still hold one of this kind's hits. */
        formula: 0,
      }));
    // Section by section, each kind in turn: one slice of a section serves every kind.
    for (const section of sections) {
      const from = Math.max(0, section.start - CONTEXT);
      let slice: string | null = null;
      for (const k of kinds) {
        if (!k.parts.has(section.kind)) continue;
        slice ??= text.slice(from, section.evidenceEnd ?? section.end);
        const { scan, skipGroup, starts } = k;
        scan.lastIndex = section.start - from;
        for (let m = scan.exec(slice); m; m = scan.exec(slice)) {
          if (m[0].length === 0) scan.lastIndex++;
          if (skipGroup !== 0 && m[skipGroup] !== undefined) continue;
          const at = from + m.index;
          if (k.counts) {
            while (k.formula < formulas.length && formulas[k.formula]!.end <= at) k.formula++;
            const f = formulas[k.formula];
            if (f && f.start <= at && at + m[0].length <= f.end) continue;
          }
          starts.push(at);
        }
      }
    }
  }

  /** Asks about these kinds for spans in text order, in amortised O(1) per span. */
  cursor(kinds: readonly EvidenceKind[]): EvidenceCursor {
    return new EvidenceCursor(kinds.map((kind) => this.starts.get(kind)!));
  }
}

/** Short quoted phrases (“八小时以外”, “三个100%”): a number inside one names a formula, not a fact. */
function quotedFormulas(text: string, scan: RegExp | null): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!scan) return out;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** For each evidence kind, the kinds of section where an enabled rule is cleared by it. */
function kindsWanted(compiled: CompiledRuleset): Map<EvidenceKind, Set<SectionKind>> {
  const wanted = new Map<EvidenceKind, Set<SectionKind>>();
  for (const { id, config } of compiled.sentenceRules) {
    if (compiled.disabled.has(id)) continue;
    for (const kind of config.clearedBy) {
      let parts = wanted.get(kind);
      if (!parts) wanted.set(kind, (parts = new Set()));
      parts.add(config.section);
    }
  }
  return wanted;
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
