import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll } from '@/lib/transfer/export';
import { importExport } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { freshDb } from '../../fixtures/db/helpers';

/** The first ```json block of docs/export-format.md: the documented example must stay importable. */
function documentedExample(): string {
  const doc = readFileSync(new URL('../../../docs/export-format.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc);
  if (!block?.[1]) throw new Error('docs/export-format.md has no json example');
  return block[1];
}

describe('docs/export-format.md example', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('doc-example');
  });
  afterEach(() => env.dispose());

  it('parses, imports, and exports back to the same content', async () => {
    const parsed = await parseImport(documentedExample(), 'zh');
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

    const counts = await importExport(env.db, parsed.data, Date.UTC(2025, 0, 3));
    expect(counts.documents).toEqual({ added: 1, merged: 0, asking: 0 });
    expect(counts.annotations).toEqual({ added: 3, updated: 0, unchanged: 0, kept: 0 });

    const again = await exportAll(env.db, Date.parse(parsed.data.exportedAt));
    expect(again).toEqual(parsed.data);
  });
});
