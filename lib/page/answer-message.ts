import type { FillFieldReply, FillTarget, ToContent } from '@/lib/schema';
import type { Annotator } from './annotator';
import type { FieldTracker } from './field-tracker';
import { fillField } from './fill-field';

export interface MessageTargets {
  annotator: Annotator;
  /** Absent where no page form can be filled (the reader). */
  fields?: FieldTracker;
  report: (error: unknown) => void;
}

/**
 * Carries out one message from the panel or the background on a frame's Annotator; shared by the
 * content script and the reader page, which receive the same messages by different channels
 * (lib/transport). Returns true when the answer comes asynchronously, as `onMessage` listeners do.
 */
export function answerMessage(message: ToContent, { annotator, fields, report }: MessageTargets, sendResponse: (value: unknown) => void): boolean {
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
      const candidate = fields?.current() ?? null;
      sendResponse(candidate ? ({ origin: location.origin, label: candidate.label, chosenAt: candidate.chosenAt } satisfies FillTarget) : null);
      return false;
    }
    case 'pingyue/fill-field': {
      // Only the field the reviewer confirmed, still visible: a newer choice or a hidden field gets nothing.
      const candidate = fields?.current() ?? null;
      const confirmed = candidate !== null && candidate.chosenAt === message.chosenAt;
      sendResponse({ filled: confirmed && fillField(candidate.field, message.text), frameHasField: confirmed } satisfies FillFieldReply);
      return false;
    }
    case 'pingyue/annotate-anchor':
      annotator
        .annotateAnchor(message.anchor, message.tagId, message.comment, message.source)
        .then((created) => sendResponse(created !== null), (error) => (report(error), sendResponse(false)));
      return true; // answered asynchronously
    default:
      return false;
  }
}
