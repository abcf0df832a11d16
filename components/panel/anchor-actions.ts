import { Anchor, type Annotation, type ToContent } from '@/lib/schema';

/**
 * 确认 and 重新定位 for a card whose passage is 待确认 or 未能定位. The report's frame describes the
 * passage (where the annotation is placed now, or what the reviewer has selected); the answer comes
 * from a content script, so it is parsed before it is stored. Resolves to false when nothing moved.
 */
export function anchorActions(deps: {
  ask: (message: ToContent) => Promise<unknown>;
  move: (annotation: Annotation, anchor: Anchor, message: string) => Promise<unknown>;
  fail: (message: string) => void;
  text: { confirmed: string; relocated: string; notOnPage: string; noSelection: string };
}) {
  const describe = async (message: ToContent) => {
    const parsed = Anchor.safeParse(await deps.ask(message).catch(() => null));
    return parsed.success ? parsed.data : null;
  };
  return {
    onConfirm: async (annotation: Annotation): Promise<boolean> => {
      const anchor = await describe({ type: 'pingyue/describe-annotation', annotationId: annotation.id });
      if (!anchor) return (deps.fail(deps.text.notOnPage), false);
      await deps.move(annotation, anchor, deps.text.confirmed);
      return true;
    },
    onRelocate: async (annotation: Annotation): Promise<boolean> => {
      const anchor = await describe({ type: 'pingyue/describe-selection' });
      if (!anchor) return (deps.fail(deps.text.noSelection), false);
      await deps.move(annotation, anchor, deps.text.relocated);
      return true;
    },
  };
}
