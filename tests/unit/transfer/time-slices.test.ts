import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PingyueDB } from '@/lib/db';
import type { Annotation } from '@/lib/schema';
import type { ExportFile } from '@/lib/schema/export-file';
import { exportAll, importExport } from '@/lib/transfer';
import { bulkPutInSlices, TimeSlicer } from '@/lib/transfer/time-slices';
import { dumpDb, freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

let db: PingyueDB;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, dispose } = freshDb('slices')));
afterEach(() => dispose());

/** `count` notes on the sample's first report, as a file would bring them. */
function manyNotes(template: Annotation, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({ ...template, id: `bulk-${i}`, comment: `第 ${i} 条` }));
}

describe('import work in slices, one transaction', () => {
  it('pauses with a request of the transaction, which keeps it alive (a timer would let it commit)', async () => {
    const items = Array.from({ length: 5_000 }, (_, i) => i);
    let pauses = 0;
    await db.transaction('rw', db.tagSets, async () => {
      const slicer = new TimeSlicer(() => (pauses++, db.tagSets.get('')), 0);
      expect(await slicer.map(items, (n) => n * 2)).toEqual(items.map((n) => n * 2));
      await db.tagSets.get('still-open'); // throws TransactionInactiveError if the transaction ended
    });
    expect(pauses).toBeGreaterThan(10);

    // The same with a timer as the pause: the transaction is gone by the next request.
    const timer = db.transaction('rw', db.tagSets, async () => {
      await new TimeSlicer(() => new Promise((resolve) => setTimeout(resolve, 5)), 0).map(items, (n) => n);
      await db.tagSets.get('still-open');
    });
    await expect(timer).rejects.toThrow();
  });

  it('writes in calls that grow while quick, and reports progress up to the total', async () => {
    const [first] = await seedSample(db);
    const rows = manyNotes(first!, 3_000);
    const calls: number[] = [];
    const bulkPut = db.annotations.bulkPut.bind(db.annotations);
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((items: Annotation[]) => (calls.push(items.length), bulkPut(items))) as typeof bulkPut);
    const progress: number[] = [];
    await db.transaction('rw', db.annotations, () => bulkPutInSlices(db.annotations, rows, (written) => progress.push(written)));
    vi.restoreAllMocks();
    expect(calls.reduce((a, b) => a + b, 0)).toBe(3_000);
    expect(calls[0]).toBe(50);
    expect(Math.min(...calls.slice(0, -1))).toBeGreaterThanOrEqual(50);
    expect(Math.max(...calls)).toBeLessThanOrEqual(250);
    expect(progress.at(-1)).toBe(3_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await db.annotations.count()).toBe(3_000 + 4);
  });

  it('a failure in a late slice of a big import leaves the database exactly as it was', async () => {
    const [first] = await seedSample(db);
    const file: ExportFile = await exportAll(db, 1);
    const incoming: ExportFile = { ...file, annotations: [...file.annotations, ...manyNotes(first!, 4_000)] };
    const before = await dumpDb(db);
    const bulkPut = db.annotations.bulkPut.bind(db.annotations);
    let call = 0;
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation((async (items: Annotation[]) => {
      const result = await bulkPut(items); // the slice reaches the store …
      if (++call === 4) throw new Error('disk went away'); // … and then a later slice fails
      return result;
    }) as typeof bulkPut);
    await expect(importExport(db, incoming, 2)).rejects.toThrow('disk went away');
    vi.restoreAllMocks();
    expect(call).toBe(4);
    expect(await dumpDb(db)).toEqual(before);
  });
});
