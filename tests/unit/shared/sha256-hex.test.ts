import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeString } from '@/lib/anchoring/normalize';
import { identifyText } from '@/lib/documents/identify-text';
import { sha256Hex } from '@/lib/shared/sha256-hex';

// FIPS 180-2 test vectors, and a report line (UTF-8, CJK).
const VECTORS: [string, string][] = [
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
];
const REPORT_LINE = '全年主持召开乡党委会专题研究党建工作九次，新发展党员十一名。';

describe('sha256Hex', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the standard digests with Web Crypto', async () => {
    for (const [text, hex] of VECTORS) expect(await sha256Hex(text)).toBe(hex);
  });

  it('a report fingerprint is the same in a page without crypto.subtle (an OA system served over plain http)', async () => {
    const withWebCrypto = await sha256Hex(normalizeString(REPORT_LINE));
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect((await identifyText(REPORT_LINE)).fingerprint).toBe(withWebCrypto);
    expect((await identifyText('abc')).fingerprint).toBe(VECTORS[0]![1]);
  });
});
