import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importExport, parseImport, exportAll } from '@/lib/transfer';
import type { PingyueDB } from '@/lib/db';
import type { ExportFile } from '@/lib/schema/export-file';
import type { Annotation } from '@/lib/schema';
import { dumpDb, freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

/**
 * Random JSON never corrupts the database on import: a file is either rejected with a message and
 * nothing changes, or imported whole (every annotation in it is stored, every stored annotation's
 * report exists). Files are random JSON and, more usefully, valid exports with one value replaced or
 * removed somewhere deep inside (random JSON alone rarely gets past the header check).
 */

let db: PingyueDB;
let dispose: () => Promise<void>;
let valid: ExportFile;

beforeAll(async () => {
  ({ db, dispose } = freshDb('prop-import'));
  await seedSample(db);
  valid = await exportAll(db, 1_736_000_000_000);
});
afterAll(() => dispose());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (objects and arrays included), root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string, Json>)[key]!, [...prefix, key])]);
}

/** `value` with the thing at `path` replaced by `replacement`, or removed when it is `undefined`. */
function edit(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const tricky = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', -1, 0, 1e308, 'x'.repeat(30_000), '<img src=x onerror=alert(1)>', 'ann-1', [], {}, null),
);

const mutatedExport = fc
  .record({ pick: fc.nat(), replacement: fc.option(tricky, { nil: undefined }), twice: fc.boolean() })
  .map(({ pick, replacement, twice }) => {
    const base = valid as unknown as Json;
    const paths = pathsOf(base);
    const path = paths[pick % paths.length]!;
    const once = edit(base, path, replacement);
    // Sometimes also duplicate a whole annotation (same id) to exercise the uniqueness checks.
    return twice ? { ...(once as object), annotations: [...valid.annotations, valid.annotations[0]] } : once;
  });

async function importAndCheck(file: unknown): Promise<void> {
  const before = await dumpDb(db);
  const parsed = await parseImport(JSON.stringify(file) ?? 'undefined', 'zh');
  if (!parsed.ok) {
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const line of parsed.errors) expect(line).toMatch(/\S/);
    expect(await dumpDb(db)).toEqual(before);
    return;
  }
  try {
    await importExport(db, parsed.data, Date.now());
  } catch {
    // A valid file the merge still refuses must leave no trace either.
    expect(await dumpDb(db)).toEqual(before);
    return;
  }
  // Every note of the file is stored; one the reviewer already had keeps their version (no choice was made).
  const stored = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
  const had = new Map((before.annotations as Annotation[]).map((a) => [a.id, a]));
  const content = ({ tagId, comment, anchor }: Annotation) => ({ tagId, comment, anchor });
  for (const a of parsed.data.annotations) expect(content(stored.get(a.id)!)).toEqual(content(had.get(a.id) ?? a));
  const documents = new Set(await db.documents.toCollection().primaryKeys());
  for (const a of stored.values()) expect(documents.has(a.documentId)).toBe(true);
}

describe('import of random files (property)', () => {
  it('random JSON is rejected with a message and changes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), importAndCheck), { numRuns: 60 });
  });

  it('a valid export with one random change is rejected cleanly or imported whole', async () => {
    await fc.assert(fc.asyncProperty(mutatedExport, importAndCheck), { numRuns: 120 });
  }, 30_000); // 120 imports into fake-indexeddb: ~4 s alone, more on a shared machine
});
