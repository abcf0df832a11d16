import type { Locale } from '@/lib/i18n/locale';
import { READER_TEXT } from '@/lib/i18n/reader-text';
import { READER_PATH } from '@/lib/transport/report-frames';

/** 打开本地文件: the reader (entrypoints/reader) in a new tab, for reports received as files. */
export function OpenReaderButton({ locale, className }: { locale: Locale; className?: string }) {
  const text = READER_TEXT[locale];
  return (
    <button type="button" className={className} title={text.openReaderHint} onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(READER_PATH) })}>
      {text.openReader}
    </button>
  );
}

/** The options page's short section on report files, with the way to the reader. */
export function ReaderSection({ locale }: { locale: Locale }) {
  const text = READER_TEXT[locale];
  return (
    <section aria-labelledby="reader-heading">
      <h2 id="reader-heading">{text.readerSection}</h2>
      <p className="muted">{text.readerSectionIntro}</p>
      <OpenReaderButton locale={locale} />
    </section>
  );
}
