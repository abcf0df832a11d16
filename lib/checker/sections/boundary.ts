import type { SectionKind } from '@/lib/checker/types';

/** A place where a part of the report may begin. */
export interface Boundary {
  pos: number;
  kind: SectionKind;
  /** Headings may switch to any part; turn phrases only move forward. */
  source: 'heading' | 'turn';
  heading?: string;
}
