import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '@/lib/db/annotations';
import { exportAll, serializeExport } from '@/lib/transfer/export';
import { importExport } from '@/lib/transfer/import-export';
import { parseImport } from '@/lib/transfer/parse-import';
import { anchor, freshDb, page } from '../../fixtures/db/helpers';

const NOW = Date.UTC(2025, 5, 1);

describe('the source of an annotation in export files', () => {
  let from: ReturnType<typeof freshDb>;
  let to: ReturnType<typeof freshDb>;
  beforeEach(() => {
    from = freshDb('source-from');
    to = freshDb('source-to');
  });
  afterEach(async () => {
    await from.dispose();
    await to.dispose();
  });

  it('travels with the annotation, and a file without it (an older build’s) still imports', async () => {
    const source = { kind: 'checker', version: 1, ruleId: 'objective-cause' } as const;
    const made = await createAnnotation(from.db, { page: page(), tagId: 'problem', comment: '原因客观化：……', anchor: anchor('客观上人手不足', 8), source }, NOW);
    const text = serializeExport(await exportAll(from.db, NOW));

    const parsed = await parseImport(text, 'zh');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await importExport(to.db, parsed.data, NOW);
    expect((await to.db.annotations.get(made.id))?.source).toEqual(source);

    const older = JSON.parse(text);
    for (const a of older.annotations) delete a.source;
    const parsedOlder = await parseImport(JSON.stringify(older), 'zh');
    expect(parsedOlder.ok).toBe(true);
  });
});
