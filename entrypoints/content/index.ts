import type { ContentToBackground, FillFieldReply, FillTarget, Reply, ToContent } from '@/lib/schema';
import { Annotator } from '@/lib/page/annotator';
import { FieldTracker } from '@/lib/page/field-tracker';
import { fillField } from '@/lib/page/fill-field';
import { slotFromKey } from '@/lib/page/shortcut-keys';
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
    const send = async <T,>(message: ContentToBackground): Promise<T> => {
      const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
      if (!reply) throw new Error('Pingyue: no reply from the background');
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
    const annotator = new Annotator(document, send, { now: Date.now, locale: detectLocale(navigator.languages ?? []) });
    const fields = new FieldTracker(document);
    const report = (error: unknown) => console.warn('Pingyue:', error);

    ctx.addEventListener(document, 'mouseup', () => setTimeout(() => annotator.onSelectionEnd(), 0));
    ctx.addEventListener(document, 'keyup', (event) => {
      if ((event as KeyboardEvent).shiftKey) annotator.onSelectionEnd();
    });
    ctx.addEventListener(document, 'mousedown', (event) => annotator.onPointerDown(event.target));
    // The manifest commands cover Alt+Shift+1..3; this covers every slot and pages where the
    // browser hands the keys to the page first.
    ctx.addEventListener(document, 'keydown', (event) => {
      const slot = slotFromKey(event as KeyboardEvent);
      if (slot) annotator.tagByShortcut('page-key', slot).catch(report);
    }, { capture: true });

    const onMessage = (message: ToContent, _sender: unknown, sendResponse: (value: unknown) => void) => {
      switch (message?.type) {
        case 'pingyue/ping':
          sendResponse(true);
          return false;
        case 'pingyue/refresh':
          annotator.refresh().catch(report);
          return false;
        case 'pingyue/tag-selection':
          annotator.tagSelection(message.tagId, '').catch(report);
          return false;
        case 'pingyue/shortcut':
          annotator.tagByShortcut('command', message.slot).catch(report);
          return false;
        case 'pingyue/scroll-to':
          // Answered asynchronously: the viewer may first have to render the passage's page.
          annotator.scrollTo(message.annotationId).then(sendResponse, (error) => (report(error), sendResponse(false)));
          return true;
        case 'pingyue/get-text':
          sendResponse(annotator.readingText());
          return false;
        case 'pingyue/placements':
          sendResponse(annotator.placementReport());
          return false;
        case 'pingyue/show-findings':
          sendResponse(annotator.showFindings(message.marks));
          return false;
        case 'pingyue/focus-anchor':
          annotator.focusAnchor(message.anchor).then(sendResponse, (error) => (report(error), sendResponse(false)));
          return true;
        case 'pingyue/fill-target': {
          const candidate = fields.current();
          sendResponse(candidate ? ({ origin: location.origin, label: candidate.label, chosenAt: candidate.chosenAt } satisfies FillTarget) : null);
          return false;
        }
        case 'pingyue/fill-field': {
          // Only the field the reviewer confirmed, still visible: a newer choice or a hidden field gets nothing.
          const candidate = fields.current();
          const confirmed = candidate !== null && candidate.chosenAt === message.chosenAt;
          sendResponse({ filled: confirmed && fillField(candidate.field, message.text), frameHasField: confirmed } satisfies FillFieldReply);
          return false;
        }
        case 'pingyue/annotate-anchor':
          annotator
            .annotateAnchor(message.anchor, message.tagId, message.comment)
            .then((created) => sendResponse(created !== null), (error) => (report(error), sendResponse(false)));
          return true; // answered asynchronously
        default:
          return false;
      }
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
