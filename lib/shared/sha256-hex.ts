import { sha256 } from '@noble/hashes/sha2.js';

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits (browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/**
 * SHA-256 of bytes, as 64 lowercase hex digits. Web Crypto where the context has it; it exists only in
 * secure contexts, and a content script has its page's: an OA system served over plain http (common on
 * intranets) has no `crypto.subtle`, in Chrome and Firefox alike (Firefox also counts an http://localhost
 * frame in another site's page as insecure). There @noble/hashes (audited, no dependencies) gives the
 * same digest, so a report's fingerprint does not depend on how its page was served.
 */
export async function sha256HexOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes);
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
