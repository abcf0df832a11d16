/**
 * Names the text-map and matching rules that produced an anchor's selectors, so a later change of either
 * can migrate or re-interpret old anchors. Kept free of zod: content scripts import it.
 */
export const ANCHOR_STRATEGY = 'pingyue-text/1' as const;
