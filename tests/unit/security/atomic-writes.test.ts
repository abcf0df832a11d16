import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation, deleteAnnotations, isQuotaError, StorageFullError, type PingyueDB } from '@/lib/db';
import { exportAll, importExport } from '@/lib/transfer';
import type { ExportFile } from '@/lib/schema/export-file';
import { anchor, dumpDb, freshDb, page } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

/** What Chromium throws when the origin's quota is used up. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Makes `method` of `table` do its real work and then fail with a quota error: the worst case, a write
 * that already reached the store before the transaction failed. Only a rollback leaves no trace.
 */
function failAfterWriting<T extends object>(table: T, method: keyof T & string): void {
  const real = (table[method] as (...args: unknown[]) => Promise<unknown>).bind(table);
  vi.spyOn(table as Record<string, (...args: unknown[]) => Promise<unknown>>, method).mockImplementation(async (...args) => {
    await real(...args);
    throw quotaError();
  });
}

let db: PingyueDB;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, dispose } = freshDb('atomic')));
afterEach(() => dispose());

describe('writes are all or nothing, and a full disk says so', () => {
  it('recognises quota errors however Dexie wraps them', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a failed import (merge into existing data) leaves the database exactly as it was', async () => {
    await seedSample(db);
    const file: ExportFile = await exportAll(db, 1);
    // The same reports edited elsewhere, plus a new one: documents merge, annotations update and add.
    const incoming: ExportFile = {
      ...file,
      documents: [...file.documents, { ...file.documents[0]!, id: 'new-doc', fingerprint: '9'.repeat(64) }],
      annotations: [
        ...file.annotations.map((a) => ({ ...a, comment: `${a.comment} 已复核`, updatedAt: a.updatedAt + 1 })),
        { ...file.annotations[0]!, id: 'new-annotation', documentId: 'new-doc' },
      ],
    };
    const before = await dumpDb(db);
    failAfterWriting(db.annotations, 'bulkPut');

    const error = await importExport(db, incoming, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/存储空间已满.*Storage is full/);
    vi.restoreAllMocks();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a failed tag leaves no report record behind', async () => {
    failAfterWriting(db.annotations, 'add');
    await expect(
      createAnnotation(db, { page: page(), tagId: 'problem', comment: '', anchor: anchor('创新意识不强', 5) }, 1),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.documents.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('a failed bulk delete deletes nothing', async () => {
    const rows = await seedSample(db);
    failAfterWriting(db.annotations, 'bulkDelete');
    await expect(deleteAnnotations(db, rows.map((a) => a.id))).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.annotations.count()).toBe(rows.length);
  });

  it('other errors pass through unchanged', async () => {
    vi.spyOn(db.annotations, 'bulkDelete').mockRejectedValue(new Error('disk on fire'));
    await expect(deleteAnnotations(db, ['x'])).rejects.toThrow('disk on fire');
  });
});
