import type { CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceIndex } from '@/lib/checker/evidence/evidence-index';
import type { JudgedSection } from '@/lib/checker/sections/table-cells';

/** What every rule may read; built once per check. */
export interface CheckContext {
  text: string;
  compiled: CompiledRuleset;
  /** The parts as rules judge them: tables cut into their cells (lib/checker/sections/table-cells.ts). */
  sections: readonly JudgedSection[];
  evidence: EvidenceIndex;
  /** Where template placeholders start, ascending. */
  placeholderStarts: readonly number[];
}
