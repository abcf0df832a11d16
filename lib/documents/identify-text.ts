import { normalizeString } from '@/lib/anchoring/normalize';
import { minHashSketch } from '@/lib/documents/sketch';
import { winnowFingerprints } from '@/lib/documents/winnow';
import { sha256Hex } from '@/lib/shared/sha256-hex';

/** What a frame's text contributes to a {@link PageIdentity}. */
export interface TextIdentity {
  /** SHA-256 (hex) of the normalised text: equal for the same report in any viewer. */
  fingerprint: string;
  /** MinHash sketch of the normalised text (see lib/documents/sketch.ts). */
  sketch: number[];
  /** Length of the normalised text, for a cheap "comparable size" check. */
  textLength: number;
  /** Winnowed shingle hashes of the normalised text, for containment (see lib/documents/winnow.ts). */
  winnow: number[];
}

/**
 * Identify a report by its text. Uses the anchoring normalisation (NFKC, whitespace removed), so a
 * pdf.js rendering and a docx preview of the same file get the same fingerprint.
 */
export async function identifyText(text: string): Promise<TextIdentity> {
  const normalized = normalizeString(text);
  return {
    fingerprint: await sha256Hex(normalized),
    sketch: minHashSketch(normalized),
    textLength: normalized.length,
    winnow: winnowFingerprints(normalized),
  };
}
