import type { FillTarget } from '@/lib/schema';

/** Where a frame sits: its tab and its frame id there. */
export interface FramePlace {
  tabId: number;
  frameId: number;
}

/** A frame's answer to `pingyue/fill-target`, with the tab and frame it came from. */
export interface FrameFillTarget extends FillTarget, FramePlace {
  /** The tab's title when the field is in another tab than the report, for the confirmation to name. */
  tabTitle?: string;
}

/**
 * The field 填入表单 offers to fill: of every frame's answer, in every tab asked, the field the
 * reviewer chose last (`chosenAt` is wall-clock time, comparable across frames and tabs).
 * Frames that answered nothing (no field chosen, or the chosen one is hidden now) are skipped.
 */
export function pickFillTarget(answers: readonly (FramePlace & { target: FillTarget | null | undefined })[]): FrameFillTarget | null {
  let best: FrameFillTarget | null = null;
  for (const { tabId, frameId, target } of answers) {
    if (target && (!best || target.chosenAt > best.chosenAt)) best = { ...target, tabId, frameId };
  }
  return best;
}

/**
 * The origin as the confirmation names it: the host (with a port when there is one), which is what
 * tells oa.example.gov from a widget's domain. Opaque origins ("null": sandboxed frames, local files)
 * and anything unparsable come back as null, for the panel to word.
 */
export function originHost(origin: string): string | null {
  try {
    const host = new URL(origin).host;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}
