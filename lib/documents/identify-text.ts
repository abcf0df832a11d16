import { normalizeString } from '@/lib/anchoring/normalize';
import { SketchStream } from '@/lib/documents/sketch';
import { WinnowStream } from '@/lib/documents/winnow';
// An incremental SHA-256 (Web Crypto only digests one buffer): each piece is hashed as it is read, so
// a large page's fingerprint costs no single step in proportion to the page. Same digest as Web Crypto's.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

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
  const stream = new IdentityStream();
  stream.push(text);
  return stream.finish();
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * {@link identifyText} of a text read piece by piece, so a large page is identified in idle-time slices
 * (each piece costs time in proportion to its length) with the same result as in one go.
 */
export class IdentityStream {
  /** SHA-256 of the normalised text's UTF-8, fed piece by piece (pieces never split a surrogate pair). */
  private readonly hash = sha256.create();
  private readonly encoder = new TextEncoder();
  private readonly sketch = new SketchStream();
  private readonly winnow = new WinnowStream();
  private length = 0;
  /** A high surrogate that ended the last piece waits for its pair. */
  private carry = '';

  push(raw: string): void {
    let piece = this.carry + raw;
    this.carry = '';
    if (piece.length > 0 && isHighSurrogate(piece.charCodeAt(piece.length - 1))) {
      this.carry = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    this.feed(piece);
  }

  async finish(): Promise<TextIdentity> {
    // A lone surrogate at the very end: normalised on its own, as the whole text would have it.
    this.feed(this.carry);
    this.carry = '';
    return {
      fingerprint: bytesToHex(this.hash.digest()),
      sketch: this.sketch.finish(),
      textLength: this.length,
      winnow: this.winnow.finish(),
    };
  }

  private feed(piece: string): void {
    if (piece === '') return;
    const normalized = normalizeString(piece);
    this.hash.update(this.encoder.encode(normalized));
    this.length += normalized.length;
    this.sketch.push(normalized);
    this.winnow.push(normalized);
  }
}

/** Characters identified between two questions whether the slice has time left (a few ms of work). */
const PIECE_CHARS = 8_192;
/**
 * The first piece, each next one twice as long up to {@link PIECE_CHARS}: the first pieces run before
 * the hashing code is optimised, many times slower (a first piece of 8,192 took 45–100 ms).
 */
const FIRST_PIECE_CHARS = 256;

/**
 * {@link identifyText} in slices: `more` says whether the current slice has time left, `next` waits
 * for another slice (idle time on a page). A short text is done in the first slice.
 */
export async function identifyTextInSlices(text: string, more: () => boolean, next: () => Promise<() => boolean>): Promise<TextIdentity> {
  const stream = new IdentityStream();
  for (let at = 0, piece = FIRST_PIECE_CHARS; at < text.length; at += piece, piece = Math.min(PIECE_CHARS, piece * 2)) {
    if (at > 0 && !more()) more = await next();
    stream.push(text.slice(at, at + piece));
  }
  return stream.finish();
}
