import type { Page } from 'playwright-core';

/** Unfolds the panel's 导入与导出 (import, export, backups), where the reviewer goes for files. */
export async function openTransfer(panel: Page): Promise<void> {
  const toggle = panel.getByRole('button', { name: '导入与导出' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
