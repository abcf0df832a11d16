/**
 * Names the text-map and matching rules that produced an anchor's selectors, so a later change of either
 * can migrate or re-interpret old anchors. Kept free of zod: content scripts import it.
 *
 * - `pingyue-text/1`: the position indexes the frame's whole text map (lib/anchoring/text-map.ts).
 * - `pingyue-text/2`: a passage of a paged viewer (pdf.js and its peers): `page` is the 1-based page it
 *   starts on and the position indexes that page's text, so the anchor means the same whichever pages
 *   the viewer has rendered. Anchors on ordinary pages stay `pingyue-text/1`.
 */
export const ANCHOR_STRATEGY = 'pingyue-text/1' as const;
export const PAGED_ANCHOR_STRATEGY = 'pingyue-text/2' as const;
