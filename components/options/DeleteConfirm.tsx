import type { OptionsText } from '@/lib/i18n/options-text';

/** Asks before deleting a set in use, saying how many annotations use its tags (they are kept). */
export function DeleteConfirm({ message, text, onConfirm, onCancel }: { message: string; text: OptionsText; onConfirm(): void; onCancel(): void }) {
  return (
    <div className="confirm" role="alertdialog" aria-label={text.delete} data-testid="delete-confirm">
      <p>{message}</p>
      <button type="button" className="danger" onClick={onConfirm}>{text.confirmDelete}</button>
      <button type="button" onClick={onCancel}>{text.cancel}</button>
    </div>
  );
}
