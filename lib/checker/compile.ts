import type { EvidenceKind, SentenceRuleConfig } from '@/lib/checker/rule-config';
import type { Ruleset } from '@/lib/checker/ruleset-schema';
import { EntryScan } from '@/lib/checker/entry-scan';
import { factorLiterals, literalAlternation, literalTrie, patternAlternation } from '@/lib/checker/regex';
import { stateOf } from '@/lib/checker/sections/states';
import type { RuleId, SentenceRuleId } from '@/lib/checker/rules/registry';

export const EVIDENCE_ORDER: readonly EvidenceKind[] = [
  'quantity', 'date', 'named', 'owner', 'deliverable', 'frequency', 'deadline',
];

export interface CompiledSentenceRule {
  id: SentenceRuleId;
  config: SentenceRuleConfig;
  /** Entries: exceptions (a hit skipped), `alwaysFlag` constructions (flagged regardless of evidence), triggers. */
  scan: EntryScan;
  /** Entry numbers in `scan`; -1 when the rule has none. */
  skipEntry: number;
  alwaysEntry: number;
  counter: RegExp | null;
  /** Global: the `alwaysFlag` constructions alone, to know whether the rest of a sentence can hold one. */
  alwaysScan: RegExp | null;
}

export interface CompiledRuleset {
  ruleset: Ruleset;
  disabled: ReadonlySet<RuleId>;
  /** The numberings (entries of `sections.markers`): every one in the text, or which starts at a place. */
  markers: EntryScan;
  /** A table header naming a measure's owner or deadline (`sections.tables.planColumns`); null when there are none. */
  planColumn: RegExp | null;
  /** A plan cell that plans nothing (`sections.tables.unplanned`); null when there are none. */
  unplanned: RegExp | null;
  /** What a heading title names (entries of `sections.titleKinds`). */
  titleScan: EntryScan;
  /** The sentence cues (entries of `sections.cues`), the hottest scan: one that allocates nothing per hit. */
  cueScan: EntryScan;
  /** The cues' numbers as columns, indexed like `sections.cues`, for the scan's inner loop. */
  cueTable: CueTable;
  /** Sticky: does an enumeration marker start here? */
  marker: RegExp;
  /** One scan per evidence kind, so kinds never hide each other where they start at the same place. */
  evidenceScans: { kind: EvidenceKind; scan: RegExp; /** A fixed term, not evidence; 0 when none. */ skipGroup: number }[];
  sentenceRules: CompiledSentenceRule[];
  /** Global: short quoted phrases (“两个维护”); null when `thresholds.maxFormulaChars` is 0. */
  formulaScan: RegExp | null;
  /** Entry 0: look-alikes (3×4, X光), skipped; entry 1: placeholders. */
  placeholderScan: EntryScan;
  /** Sticky: the unit after a placeholder (个, 万元, 余名), which makes it a missing number. */
  placeholderUnit: RegExp;
}

export interface CueTable {
  /** The decoder state a cue votes for, or -1. */
  state: Int8Array;
  weight: Float64Array;
  cap: Float64Array;
  turn: Uint8Array;
  /** At most one other part per cue shares its score (a shortcoming also counts for 原因); -1 for none. */
  alsoState: Int8Array;
  alsoShare: Float64Array;
}

const cache = new WeakMap<Ruleset, CompiledRuleset>();

/** Compiles every lexicon into a few combined RegExps, once per ruleset object. */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const hit = cache.get(ruleset);
  if (hit) return hit;
  const compiled = build(ruleset);
  cache.set(ruleset, compiled);
  return compiled;
}

function build(rs: Ruleset): CompiledRuleset {
  const mw = literalAlternation(rs.evidence.measureWords);
  // The numberings are written without placeholders, so {MARKER} expands to them as they are.
  const markers = patternAlternation(rs.sections.markers.map((m) => m.pattern));
  const expand = (source: string) =>
    source
      .replaceAll('{MW}', mw)
      .replaceAll('{MARKER}', `(?:${markers})`)
      .replaceAll('{NUM}', String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`)
      .replaceAll('{CNNUM}', String.raw`[二两三四五六七八九十百千][一二两三四五六七八九十百千零〇]*|一[十百千][一二两三四五六七八九十百千零〇]*`);
  const alt = (sources: readonly string[]) => patternAlternation(sources.map(expand));

  const sentenceRules: CompiledSentenceRule[] = [];
  for (const [id, config] of Object.entries(rs.rules)) {
    if (id === 'missing-data' || !('triggers' in config)) continue;
    const always = 'alwaysFlag' in config ? config.alwaysFlag : [];
    const words = [...config.triggers];
    const entries: string[] = [];
    const entry = (source: string) => entries.push(source) - 1;
    // Empty entries are left out: a never-matching pattern costs a test wherever the others may start.
    const skipEntry = config.exceptions.length ? entry(alt(config.exceptions)) : -1;
    const alwaysEntry = always.length ? entry(alt(always)) : -1;
    entry([...(config.patterns.length ? [alt(config.patterns)] : []), literalTrie(words)].join('|'));
    sentenceRules.push({
      id: id as SentenceRuleId,
      config,
      scan: new EntryScan(entries),
      skipEntry,
      alwaysEntry,
      counter: config.counterTriggers.length ? new RegExp(literalAlternation(config.counterTriggers)) : null,
      alwaysScan: always.length ? new RegExp(alt(always), 'g') : null,
    });
  }

  const gazetteer = rs.evidence.gazetteer.length ? [literalAlternation(rs.evidence.gazetteer)] : [];
  const evidenceScans = EVIDENCE_ORDER.map((kind) => {
    const sources = kind === 'named' ? [...gazetteer, ...rs.evidence.kinds.named] : rs.evidence.kinds[kind];
    // Fixed terms (四个意识, 十九届) are matched first and skipped, so they never count as quantities.
    const skip = kind === 'quantity' && rs.evidence.notQuantities.length ? `(${alt(rs.evidence.notQuantities)})|` : '';
    return { kind, scan: new RegExp(`${skip}${alt(sources)}`, 'g'), skipGroup: skip ? 1 : 0 };
  });

  const md = rs.rules['missing-data'];
  const markerGroup = `(${markers})`;
  return {
    ruleset: rs,
    disabled: new Set<RuleId>(rs.disabledRules),
    markers: new EntryScan(rs.sections.markers.map((m) => alt([m.pattern]))),
    planColumn: rs.sections.tables.planColumns.length ? new RegExp(alt(rs.sections.tables.planColumns)) : null,
    unplanned: rs.sections.tables.unplanned.length ? new RegExp(alt(rs.sections.tables.unplanned)) : null,
    titleScan: new EntryScan(rs.sections.titleKinds.map((t) => alt(t.patterns))),
    cueScan: new EntryScan(rs.sections.cues.map((c) => alt(c.patterns.map(factorLiterals)))),
    cueTable: cueTable(rs),
    marker: new RegExp(markers, 'y'),
    evidenceScans,
    formulaScan: rs.thresholds.maxFormulaChars ? new RegExp(`“[^“”\\n]{1,${rs.thresholds.maxFormulaChars}}”`, 'g') : null,
    sentenceRules,
    placeholderScan: new EntryScan([alt(md.exceptions), alt(md.patterns)]),
    placeholderUnit: new RegExp(String.raw`[^\S\n]*[万亿千百余多]*(?:${mw})`, 'y'),
  };
}

function cueTable({ sections: { cues } }: Ruleset): CueTable {
  return {
    state: Int8Array.from(cues, (c) => stateOf(c.kind)),
    weight: Float64Array.from(cues, (c) => c.weight),
    cap: Float64Array.from(cues, (c) => c.cap),
    turn: Uint8Array.from(cues, (c) => (c.turn ? 1 : 0)),
    alsoState: Int8Array.from(cues, (c) => (c.alsoFor[0] ? stateOf(c.alsoFor[0].kind) : -1)),
    alsoShare: Float64Array.from(cues, (c) => c.alsoFor[0]?.share ?? 0),
  };
}
