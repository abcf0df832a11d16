import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportFile } from '@/lib/schema/export-file';
import { DEFAULT_TAG_SET } from '@/lib/tags/default-tag-set';
import { exportAll, exportDocument, serializeExport } from '@/lib/transfer/export';
import { GENERATOR } from '@/lib/transfer/generator';
import { freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

describe('export', () => {
  let env: ReturnType<typeof freshDb>;
  beforeEach(() => {
    env = freshDb('export');
  });
  afterEach(() => env.dispose());

  it('names the same version as package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(GENERATOR.version).toBe(pkg.version);
  });

  it('exports one report with its annotations in reading order and the tag set they use', async () => {
    const { db } = env;
    const [a1, a2, a3, b1] = await seedSample(db);
    await db.tagSets.add({ ...DEFAULT_TAG_SET, id: 'unused', tags: [{ id: 'other', label: '其他', color: '#000000', shortcut: null, guideline: '', section: null }] });
    await db.annotations.update(a3!.id, { anchor: { ...a3!.anchor, position: { type: 'TextPositionSelector', start: 1, end: 9 } } });

    const file = await exportDocument(db, a1!.documentId, NOW);
    expect(ExportFile.parse(file)).toEqual(file);
    expect(file).toMatchObject({
      format: 'pingyue/annotations',
      version: 2,
      exportedAt: '2025-01-02T03:04:05.000Z',
      generator: { name: 'pingyue', version: GENERATOR.version },
    });
    expect(file.documents.map((d) => d.id)).toEqual([a1!.documentId]);
    expect(file.annotations.map((a) => a.id)).toEqual([a3!.id, a1!.id, a2!.id]);
    expect(file.annotations.map((a) => a.id)).not.toContain(b1!.id);
    expect(file.tagSets).toEqual([DEFAULT_TAG_SET]);
  });

  it('refuses an unknown document', async () => {
    await expect(exportDocument(env.db, 'nope', NOW)).rejects.toThrow(/nope/);
  });

  it('exports everything, and serialises to pretty JSON that parses back to the same object', async () => {
    const { db } = env;
    const rows = await seedSample(db);
    const file = await exportAll(db, NOW);

    expect(file.documents).toHaveLength(2);
    expect(file.annotations).toHaveLength(rows.length);
    expect(file.tagSets).toEqual([DEFAULT_TAG_SET]);
    // Grouped by document (oldest first), then reading order.
    expect(file.annotations.map((a) => a.documentId)).toEqual(rows.map((a) => a.documentId));

    const text = serializeExport(file);
    expect(text).toContain('\n  "format": "pingyue/annotations",');
    expect(text).toContain('成绩突出，有量化数据');
    expect(JSON.parse(text)).toEqual(file);
  });
});
