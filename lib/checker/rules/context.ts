import type { CompiledRuleset } from '@/lib/checker/compile';
import type { EvidenceIndex } from '@/lib/checker/evidence/evidence-index';
import type { Section } from '@/lib/checker/types';

/** What every rule may read; built once per check. */
export interface CheckContext {
  text: string;
  compiled: CompiledRuleset;
  sections: readonly Section[];
  evidence: EvidenceIndex;
  /** Where template placeholders start, ascending. */
  placeholderStarts: readonly number[];
}
