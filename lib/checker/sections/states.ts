import type { CueTarget } from '@/lib/checker/ruleset-schema';
import { SECTION_KINDS, type SectionKind } from '@/lib/checker/types';

/** States of the decoder: 0 is the preamble, then the four parts in their usual order. */
export const STATES = ['preamble', ...SECTION_KINDS] as const;
export const STATE_COUNT = STATES.length;

export const stateOf = (target: CueTarget): number => (target === 'none' ? -1 : STATES.indexOf(target));

export const kindOfState = (state: number): SectionKind | undefined => (state > 0 ? SECTION_KINDS[state - 1] : undefined);
