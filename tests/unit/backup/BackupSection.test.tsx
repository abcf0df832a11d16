// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '@/components/options/BackupSection';
import { deleteAnnotations, type PingyueDB } from '@/lib/db';
import { runDailyBackup } from '@/lib/backup';
import { freshDb } from '../../fixtures/db/helpers';
import { seedSample } from '../../fixtures/db/sample';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: PingyueDB;
let dispose: () => Promise<void>;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, dispose } = freshDb('backup-ui'));
  await seedSample(db);
  await runDailyBackup(db, fakeBrowser.storage.local, new Date(2025, 2, 3, 8).getTime());
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await dispose();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

describe('BackupSection', () => {
  it('lists backups with date, size and counts, and 恢复 brings deleted notes back', async () => {
    await act(async () => root.render(<BackupSection db={db} locale="zh" storage={fakeBrowser.storage.local} />));
    await settle();
    const item = container.querySelector('[data-testid="backup"]')!;
    expect(item.textContent).toMatch(/2025-03-03.*KB.*2 份报告、4 条批注/);

    await deleteAnnotations(db, (await db.annotations.toArray()).map((a) => a.id));
    const restore = [...item.querySelectorAll('button')].find((b) => b.textContent === '恢复')!;
    await act(async () => restore.click());
    await settle();
    expect(container.querySelector('[data-testid="backup-status"]')!.textContent).toContain('已恢复：新增 4 条');
    expect(await db.annotations.count()).toBe(4);
  });

  it('says so in English when there is no backup yet', async () => {
    await fakeBrowser.storage.local.clear();
    await act(async () => root.render(<BackupSection db={db} locale="en" storage={fakeBrowser.storage.local} />));
    await settle();
    expect(container.textContent).toContain('No backups yet');
  });
});
