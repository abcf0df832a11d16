// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/components/options/BackupSection';
import { deleteAnnotations, type PingyueDB } from '@/lib/db';
import { runDailyBackup } from '@/lib/backup';
import { freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';
import { mountPerTest, settle } from '../react-root';

let db: PingyueDB;
let dispose: () => Promise<void>;
const view = mountPerTest();

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, dispose } = freshDb('backup-ui'));
  await seedSample(db);
  await runDailyBackup(db, fakeBrowser.storage.local, new Date(2025, 2, 3, 8).getTime());
});
afterEach(async () => {
  await dispose();
});

const settleAll = () => settle(50); // Dexie live queries

describe('BackupSection', () => {
  it('lists backups with date, size and counts; 恢复 says what changes, waits for 确认恢复, brings deleted notes back', async () => {
    await act(async () => view.root.render(<BackupSection db={db} locale="zh" storage={fakeBrowser.storage.local} />));
    await settleAll();
    const item = view.container.querySelector('[data-testid="backup"]')!;
    expect(item.textContent).toMatch(/2025-03-03.*KB.*2 份报告、4 条批注/);

    await deleteAnnotations(db, (await db.annotations.toArray()).map((a) => a.id));
    const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
    await act(async () => button('恢复').click());
    await settleAll();
    expect(view.container.querySelector('[data-testid="restore-confirm"]')!.textContent).toContain('恢复到 2025-03-03 的备份：找回 4 条、改回 0 条、删除 0 条批注');
    expect(await db.annotations.count()).toBe(0);
    await act(async () => button('确认恢复').click());
    // The restore writes a backup first, then the database: on a loaded machine that outlasts one settle.
    await vi.waitFor(async () => {
      await settleAll();
      expect(view.container.querySelector('[data-testid="backup-status"]')?.textContent).toContain('已恢复到 2025-03-03 的备份：找回 4 条');
    });
    expect(await db.annotations.count()).toBe(4);
    // The state before (no notes) is listed as a backup of its own.
    expect(view.container.querySelectorAll('[data-testid="backup"]')).toHaveLength(2);
    expect(view.container.textContent).toContain('（恢复前的状态）');
  });

  it('says so in English when there is no backup yet', async () => {
    await fakeBrowser.storage.local.clear();
    await act(async () => view.root.render(<BackupSection db={db} locale="en" storage={fakeBrowser.storage.local} />));
    await settleAll();
    expect(view.container.textContent).toContain('No backups yet');
  });
});
