// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { createRoot } from 'react-dom/client';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { ReaderSession } from '@/components/reader/reader-session';
import uiCss from '@/components/reader/reader-ui.css?inline';
import '@/components/reader/reader-document.css';
import { detectLocale, languageTag } from '@/lib/i18n/locale';
import { PDFJS_ASSETS } from '@/lib/reader/pdfjs-assets';
import { READER_TEXT } from '@/lib/i18n/reader-text';
import { listenForReviewer } from '@/lib/page/reviewer-input';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { readerMessageOf } from '@/lib/transport/report-frames';
import { sampleReportFile } from '@/lib/reader/sample-report';

/**
 * The reader: a local .pdf, .docx or .txt shown in an extension page, tagged by the same Annotator the
 * content script runs on web pages (browsers inject no content script into extension pages). The panel
 * and background reach it through lib/transport; the background checks it is this page in a tab.
 */
const locale = detectLocale(navigator.languages);
document.documentElement.lang = languageTag(locale);
document.title = READER_TEXT[locale].appName;

const container = document.getElementById('document') as HTMLDivElement;
const session = new ReaderSession(document, container, sendToBackground(browser.runtime), browser.runtime.getURL('/') + PDFJS_ASSETS.slice(1), locale);
const report = (error: unknown) => console.warn('Pingyue reader:', error);
listenForReviewer(document, () => session.current(), (target, type, listener, options) => target.addEventListener(type, listener, options), report);

let tabId: number | null = null;
void browser.tabs.getCurrent().then((tab) => {
  const id = tab?.id;
  if (id === undefined) return; // not in a tab: nothing can address it
  tabId = id;
  const self = { extensionId: browser.runtime.id, extensionBase: browser.runtime.getURL('/'), tabId: id };
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; url?: string }, sendResponse: (value: unknown) => void) => {
    const message = readerMessageOf(raw, sender, self);
    return message ? session.answer(message, sendResponse) : false;
  });
});

const openPanel = () => {
  if (import.meta.env.FIREFOX) {
    void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    return;
  }
  // Called straight from the click: the browser opens the panel only during the reviewer's gesture.
  if (tabId !== null) void browser.sidePanel.open({ tabId });
};

// reader.html?sample: the packaged sample report (the welcome page's try-out), loaded only when asked for.
const sample = new URLSearchParams(location.search).has('sample')
  ? import('@/demo/report.html?raw').then(({ default: html }) => {
      const { fileName, text } = sampleReportFile(html);
      return new File([text], fileName, { type: 'text/plain' });
    })
  : undefined;

const host = document.getElementById('reader-ui')!;
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = uiCss;
const mount = document.createElement('div');
shadow.append(style, mount);
createRoot(mount).render(
  <ReaderApp
    locale={locale}
    openFile={(file) => {
      const opened = session.open(file);
      void opened.then((r) => container.setAttribute('aria-label', READER_TEXT[locale].documentLabel(r.title)), () => undefined);
      return opened;
    }}
    openPanel={openPanel}
    focusDocument={() => container.focus()}
    isShowing={() => session.isShowing()}
    lastFileName={new URLSearchParams(location.search).get('file')}
    initialFile={sample}
  />,
);
