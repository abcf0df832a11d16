import type { ContentReply, ToContent } from '@/lib/schema';
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
 * (lib/transport), each of which parses it with `ToContent` first. Each answer is the one the protocol
 * map names (`CONTENT_REPLIES`). Returns true when the answer comes asynchronously, as `onMessage`
 * listeners do.
 */
export function answerMessage(message: ToContent, { annotator, fields, report }: MessageTargets, sendResponse: (value: unknown) => void): boolean {
  /** Answers `message` with the reply its type promises. */
  const answer = <M extends ToContent>(_: M, value: ContentReply<M>) => sendResponse(value);
  switch (message.type) {
    case 'pingyue/ping':
      answer(message, true);
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
      annotator.scrollTo(message.annotationId).then((shown) => answer(message, shown), (error) => (report(error), answer(message, false)));
      return true;
    case 'pingyue/get-text':
      answer(message, annotator.readingText());
      return false;
    case 'pingyue/placements':
      answer(message, annotator.placementReport());
      return false;
    case 'pingyue/show-findings':
      answer(message, annotator.showFindings(message.marks));
      return false;
    case 'pingyue/focus-anchor':
      annotator.focusAnchor(message.anchor).then((shown) => answer(message, shown), (error) => (report(error), answer(message, false)));
      return true;
    case 'pingyue/fill-target': {
      const candidate = fields?.current() ?? null;
      answer(message, candidate ? { origin: location.origin, label: candidate.label, chosenAt: candidate.chosenAt } : null);
      return false;
    }
    case 'pingyue/fill-field': {
      // Only the field the reviewer confirmed, still visible: a newer choice or a hidden field gets nothing.
      const candidate = fields?.current() ?? null;
      const confirmed = candidate !== null && candidate.chosenAt === message.chosenAt;
      answer(message, { filled: confirmed && fillField(candidate.field, message.text), frameHasField: confirmed });
      return false;
    }
    case 'pingyue/annotate-anchor':
      annotator
        .annotateAnchor(message.anchor, message.tagId, message.comment, message.source)
        .then((created) => answer(message, created !== null), (error) => (report(error), answer(message, false)));
      return true; // answered asynchronously
  }
}
