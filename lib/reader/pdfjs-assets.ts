/**
 * pdf.js's data files (CMaps for Chinese fonts, the standard fonts, its decoders in WebAssembly and ICC
 * profiles), copied from pdfjs-dist into the extension by wxt.config.ts and read from there: the reader
 * fetches nothing from the network (the extension's CSP would refuse it anyway).
 */
export const PDFJS_ASSETS = '/pdfjs/';
export const PDFJS_ASSET_FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;
