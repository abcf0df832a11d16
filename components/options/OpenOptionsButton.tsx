import type { Locale } from '@/lib/i18n/locale';
import { OPTIONS_TEXT } from '@/lib/i18n/options-text';

/** The side panel's way to the options page (site access, tag sets, backups), opened in a tab. */
export function OpenOptionsButton({ locale }: { locale: Locale }) {
  const text = OPTIONS_TEXT[locale];
  return (
    <button type="button" className="open-options" style={{ float: 'right', marginLeft: 8 }} title={text.openOptionsHint} onClick={() => void browser.runtime.openOptionsPage()}>
      {text.openOptions}
    </button>
  );
}
