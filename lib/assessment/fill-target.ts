import type { FillTarget } from '@/lib/schema';

/** A frame's answer to `pingyue/fill-target`, with the frame it came from. */
export interface FrameFillTarget extends FillTarget {
  frameId: number;
}

/**
 * The field 填入表单 offers to fill: of every frame's answer, the field the reviewer chose last.
 * Frames that answered nothing (no field chosen, or the chosen one is hidden now) are skipped.
 */
export function pickFillTarget(answers: readonly { frameId: number; target: FillTarget | null | undefined }[]): FrameFillTarget | null {
  let best: FrameFillTarget | null = null;
  for (const { frameId, target } of answers) {
    if (target && (!best || target.chosenAt > best.chosenAt)) best = { ...target, frameId };
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
