import type { OptionsText } from '@/lib/i18n/options-text';

/** Opens Pingyue's side panel (Chrome/Edge) or sidebar (Firefox) from the reviewer's click. */
async function openPanel(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    return;
  }
  const { id } = await browser.windows.getCurrent();
  if (id !== undefined) await browser.sidePanel.open({ windowId: id });
}

/**
 * The options page's only word on notes files: importing, exporting and the automatic backups are all
 * in the side panel's 导入与导出 (components/panel/TransferBar), and this leads there. Tag set files
 * stay with the tag sets, above.
 */
export function TransferShortcut({ text }: { text: OptionsText }) {
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{text.transferHeading}</h2>
      <p className="muted">{text.transferWhere}</p>
      <button type="button" onClick={() => void openPanel().catch(() => undefined)}>{text.transferOpenPanel}</button>
    </section>
  );
}
