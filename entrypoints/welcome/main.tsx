// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { createRoot } from 'react-dom/client';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { detectLocale, languageTag } from '@/lib/i18n/locale';
import { pinBrowserOf, WELCOME_TEXT } from '@/lib/i18n/welcome-text';
import { READER_PATH } from '@/lib/transport/report-frames';
import { READER_SAMPLE_QUERY } from '@/lib/reader/sample-report';
import '@/components/welcome/welcome.css';

/** The page opened on install (entrypoints/background.ts): wiring only. */
const locale = detectLocale(navigator.languages);
document.documentElement.lang = languageTag(locale);
document.title = WELCOME_TEXT[locale].title;
const openPage = (path: `/reader.html${string}`) => void browser.tabs.create({ url: browser.runtime.getURL(path) });
createRoot(document.getElementById('root')!).render(
  <WelcomeApp
    locale={locale}
    pinBrowser={pinBrowserOf(navigator.userAgent, import.meta.env.FIREFOX)}
    openSample={() => openPage(`${READER_PATH}${READER_SAMPLE_QUERY}`)}
    openReader={() => openPage(READER_PATH)}
    openSettings={() => void browser.runtime.openOptionsPage()}
  />,
);
