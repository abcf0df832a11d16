// The messages' module, not the schema index: the content script builds no schema it does not use.
import { ToContent } from '@/lib/schema/messages';
import { Annotator } from '@/lib/page/annotator';
import { FieldTracker } from '@/lib/page/field-tracker';
import { answerMessage } from '@/lib/page/answer-message';
import { listenForReviewer } from '@/lib/page/reviewer-input';
import { sendToBackground } from '@/lib/transport/send-to-background';
import { holdContentScript } from '@/lib/page/hold-content-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectLocale } from '@/lib/i18n/locale';

/**
 * Wires browser events to the frame's Annotator; all logic lives in lib/page/. Registered at runtime
 * for the sites the reviewer allowed (lib/site-access), and injected into tabs already open then.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // WXT's own name for its "a newer copy started" event (marked private in its types).
    const startedEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    if (!holdContentScript(window, ctx, startedEvent)) return;
    const annotator = new Annotator(document, sendToBackground(browser.runtime), { now: Date.now, locale: detectLocale(navigator.languages ?? []) });
    const fields = new FieldTracker(document);
    const report = (error: unknown) => console.warn('Pingyue:', error);

    listenForReviewer(document, () => annotator, (target, type, listener, options) => ctx.addEventListener(target, type, listener, options), report);
    // Only our extension reaches this listener, but it is parsed all the same, as every message is.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (value: unknown) => void) => {
      const message = ToContent.safeParse(raw);
      return message.success && answerMessage(message.data, { annotator, fields, report }, sendResponse);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      annotator.dispose();
      fields.dispose(document);
    });

    // After the page has settled: reports are read, not raced. From then on the annotator notices text
    // that arrives later (viewers that draw seconds after load) by itself.
    ctx.requestIdleCallback(() => void annotator.start().catch(report), { timeout: 2000 });
  },
});
